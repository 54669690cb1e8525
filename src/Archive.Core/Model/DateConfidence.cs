namespace Archive.Core.Model;

/// <summary>How sure the archive is of a publication day.</summary>
public enum DateConfidence
{
    /// <summary>Stated by the page (metadata, a byline or dateline) or by the archivist (sidecar, front matter).</summary>
    Exact,

    /// <summary>Inferred from weaker evidence in the page's text (a day that captions and prose agree on); pages say so.</summary>
    Inferred,
}
