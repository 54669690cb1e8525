using Archive.Core.Diagnostics;

namespace Archive.Core.Output;

/// <summary>
/// A step run over the complete new site before it is swapped in (a search index), so that what it adds always
/// matches the pages beside it and a failed build shows neither. Register one with
/// <c>ArchiveSite.AddStagingStep</c>. Its files live under <see cref="Folder"/>, where no page is written; an
/// in-place commit (a running preview) leaves that folder alone and <see cref="StagingRefresh"/> renews it
/// after the commit.
/// </summary>
public interface IStagingStep
{
    /// <summary>The site-relative folder this step's files go in ("pagefind"); no document writes there.</summary>
    string Folder { get; }

    /// <summary>
    /// Reads the site in <paramref name="site"/> and writes this step's files into <paramref name="destination"/>
    /// (a folder that does not exist yet). A problem is returned as a diagnostic: the site is published without
    /// this step's files rather than not at all.
    /// </summary>
    IReadOnlyList<Diagnostic> Run(string site, string destination, CancellationToken cancellationToken);
}
