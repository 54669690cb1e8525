namespace Archive.Core.Inputs;

/// <summary>site.yml at the root of the site: everything optional.</summary>
public sealed class SiteSettings
{
    public string Title { get; set; } = "Article archive";

    public string Description { get; set; } = "An archive of news articles.";

    /// <summary>Absolute URL the site is served from, used in feeds, sitemap and canonical links.</summary>
    public string BaseUrl { get; set; } = "https://example.org/";

    public string Language { get; set; } = "en";

    public int PageSize { get; set; } = 20;

    /// <summary>How many articles the home page lists.</summary>
    public int HomeSize { get; set; } = 10;

    public List<SourceRuleSettings> Sources { get; set; } = [];

    public TagSettings Tags { get; set; } = new();

    public string NormalisedBaseUrl => BaseUrl.EndsWith('/') ? BaseUrl : BaseUrl + "/";
}
