namespace Archive.Core.Inputs;

/// <summary>The <c>tags:</c> section of site.yml.</summary>
public sealed class TagSettings
{
    /// <summary>Variant → preferred tag, e.g. "Ukraine conflict: Ukraine crisis".</summary>
    public Dictionary<string, string> Synonyms { get; set; } = [];

    /// <summary>Tags never shown ("News", "Home").</summary>
    public List<string> Ignore { get; set; } = [];

    /// <summary>The tag index lists tags of at least this many articles, so one-off tags do not drown it; every article still links its own tags.</summary>
    public int MinArticles { get; set; } = 2;
}
