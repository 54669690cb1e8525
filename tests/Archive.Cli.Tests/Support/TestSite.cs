namespace Archive.Cli.Tests.Support;

/// <summary>A copy of the repository's demo site (input, theme, site.yml) in a temp folder, deleted on dispose.</summary>
internal sealed class TestSite : IDisposable
{
    public TestSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "archive-cli-tests-" + Guid.NewGuid().ToString("N"));
        foreach (var part in new[] { "input", "theme" })
        {
            Copy(RepositoryPath(part), Path.Combine(Root, part));
        }

        File.Copy(RepositoryPath("site.yml"), Path.Combine(Root, "site.yml"));
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Theme => Path.Combine(Root, "theme");

    public string Output => Path.Combine(Root, "output");

    public Archive.Core.Engine.BuildPaths Paths => new(Input, Output, Theme, Path.Combine(Root, "site.yml"));

    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A server still closing a file; the temp folder is cleaned eventually.
        }
    }

    public static string RepositoryPath(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Site.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine([directory?.FullName ?? throw new InvalidOperationException("Site.sln not found"), .. parts]);
    }

    private static void Copy(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
