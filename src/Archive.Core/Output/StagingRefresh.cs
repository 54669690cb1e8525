using Archive.Core.Diagnostics;

namespace Archive.Core.Output;

/// <summary>
/// Renews a staging step's folder in a committed output folder (a preview after an in-place rebuild, where no
/// staging tree holds the whole site): the step writes into <see cref="OutputFolder.Refresh"/> beside the output,
/// and the new folder replaces the old one with one atomic exchange where the system has it (two renames
/// elsewhere), so the served folder is always a complete one.
/// </summary>
public static class StagingRefresh
{
    public static IReadOnlyList<Diagnostic> Run(IStagingStep step, string outputDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var folder = new OutputFolder(outputDirectory);
        SiteWriter.DeleteIfExists(folder.Refresh);
        Directory.CreateDirectory(folder.Refresh);
        var fresh = SiteWriter.Confined(folder.Refresh, step.Folder);
        var diagnostics = step.Run(folder.Path, fresh, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (Directory.Exists(fresh))
        {
            var live = SiteWriter.Confined(folder.Path, step.Folder);
            if (!Directory.Exists(live))
            {
                Directory.Move(fresh, live);
            }
            else if (!SiteWriter.TryExchange(fresh, live))
            {
                var old = fresh + ".old";
                Directory.Move(live, old);
                Directory.Move(fresh, live);
            }
        }

        SiteWriter.DeleteIfExists(folder.Refresh);
        return diagnostics;
    }
}
