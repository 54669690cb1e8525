using System.ComponentModel;
using System.Diagnostics;
using Archive.Core.Analysis.Permalinks;
using Archive.Core.Diagnostics;

namespace Archive.Core.Output.Search;

/// <summary>
/// Indexes the article pages for the search page with Pagefind (the npm package <c>pagefind</c>, pinned in
/// tools/search), which writes its index as fragments fetched on demand into <c>pagefind/</c>. Only elements
/// marked <c>data-pagefind-body</c> (the article template's) are indexed, so index pages never appear in results;
/// and Pagefind is given only the files at article addresses (<see cref="PermalinkAssigner.PageGlob"/>), so it does
/// not spend a fifth of its time reading and parsing the index pages, as many as the articles, to find them unmarked.
/// Without Node or the package the site is built without an index (ARC084) and the search page says search is
/// not available; Pagefind failing is ARC085.
/// </summary>
public sealed class PagefindIndexer(string toolsFolder) : IStagingStep
{
    /// <summary>tools/search of the folder the command runs in, as <c>npm ci --prefix tools/search</c> installs it.</summary>
    public static string DefaultToolsFolder => Path.Combine(Directory.GetCurrentDirectory(), "tools", "search");

    /// <summary>The folder holding <c>node_modules/pagefind</c>.</summary>
    public string ToolsFolder { get; } = Path.GetFullPath(toolsFolder);

    public string Folder => "pagefind";

    /// <summary>Pagefind's command-line runner, which starts the platform binary its npm package ships.</summary>
    public string Runner => Path.Combine(ToolsFolder, "node_modules", "pagefind", "lib", "runner", "bin.cjs");

    public IReadOnlyList<Diagnostic> Run(string site, string destination, CancellationToken cancellationToken)
    {
        if (!File.Exists(Runner))
        {
            return [Unavailable($"the pagefind package is not installed ({Runner} is missing); run 'npm ci --prefix tools/search'")];
        }

        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { Runner, "--site", site, "--glob", PermalinkAssigner.PageGlob, "--output-path", destination, "--silent" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("node did not start");
        }
        catch (Win32Exception ex)
        {
            return [Unavailable($"Node.js could not be started ({ex.Message}); install Node.js and run 'npm ci --prefix tools/search'")];
        }

        using (process)
        using (cancellationToken.Register(() => Kill(process)))
        {
            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
            process.WaitForExit();
            cancellationToken.ThrowIfCancellationRequested();
            if (process.ExitCode != 0)
            {
                var message = (errors.Result + output.Result).Trim();
                SiteWriter.DeleteIfExists(destination);
                return [Diagnostic.Warning("ARC085", $"Pagefind failed (exit code {process.ExitCode}); the site is published without a search index: {Last(message, 500)}")];
            }
        }

        return [];
    }

    private static Diagnostic Unavailable(string why) =>
        Diagnostic.Warning("ARC084", $"Search is not available on this build: {why}.");

    private static string Last(string text, int length) => text.Length <= length ? text : "..." + text[^length..];

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
    }
}
