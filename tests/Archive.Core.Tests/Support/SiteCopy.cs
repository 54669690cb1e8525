namespace Archive.Core.Tests.Support;

/// <summary>A throw-away copy of the repository's site (input/, theme/, site.yml) to build and edit, and output trees to compare.</summary>
internal static class SiteCopy
{
    public static TempFolder Make()
    {
        var folder = new TempFolder();
        CopyDirectory(Repository.PathOf("input"), folder.Combine("input"));
        CopyDirectory(Repository.PathOf("theme"), folder.Combine("theme"));
        File.Copy(Repository.PathOf("site.yml"), folder.Combine("site.yml"));
        return folder;
    }

    /// <summary>Every file under <paramref name="root"/> by relative path, with the SHA-256 of its bytes.</summary>
    public static Dictionary<string, string> Tree(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    /// <summary>Copies every file under <paramref name="source"/> to the same place under <paramref name="target"/>.</summary>
    public static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
