using Archive.Core.Diagnostics;

namespace Archive.Core.Inputs;

/// <summary>site.yml at the root of the site: everything optional.</summary>
public sealed class SiteSettings
{
    /// <summary>The most articles an index page or the home page lists: a page of 1,000 is already slow to load.</summary>
    public const int MaxPageSize = 1_000;

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

    /// <summary>Publisher name variant → preferred name ("The AP: Associated Press"), added to the built-in table.</summary>
    public Dictionary<string, string> SourceAliases { get; set; } = [];

    public string NormalisedBaseUrl => BaseUrl.EndsWith('/') ? BaseUrl : BaseUrl + "/";

    /// <summary>
    /// Reports each setting outside its valid range as a configuration error against <paramref name="file"/>:
    /// numbers out of range (ARC013) and a base URL that is not an absolute http(s) URL (ARC015), since every
    /// canonical link, feed and sitemap entry is made from it. A key written with no value (<c>sources:</c> with
    /// its entries commented out) reads as YAML null; it is given its default here, as if it were not written.
    /// </summary>
    public void Validate(string file, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        FillDefaults(file, diagnostics);
        if (PageSize is < 1 or > MaxPageSize)
        {
            diagnostics.Add(Diagnostic.Error("ARC013", $"page_size must be from 1 to {MaxPageSize:N0}; it is {PageSize}.", file));
        }

        if (HomeSize is < 0 or > MaxPageSize)
        {
            diagnostics.Add(Diagnostic.Error("ARC013", $"home_size must be from 0 to {MaxPageSize:N0}; it is {HomeSize}.", file));
        }

        if (Tags.MinArticles is < 1 or > MaxPageSize)
        {
            diagnostics.Add(Diagnostic.Error("ARC013", $"tags.min_articles must be from 1 to {MaxPageSize:N0}; it is {Tags.MinArticles}.", file));
        }

        if (!IsHttpUrl(BaseUrl))
        {
            var shown = Text.TextCleaner.Clean(BaseUrl.Length > 80 ? BaseUrl[..80] + "…" : BaseUrl);
            diagnostics.Add(Diagnostic.Error("ARC015", $"base_url must be an absolute http or https URL such as https://example.org/; it is '{shown}'.", file));
        }
    }

    private void FillDefaults(string file, ICollection<Diagnostic> diagnostics)
    {
        var defaults = new SiteSettings();
        Title ??= defaults.Title;
        Description ??= defaults.Description;
        BaseUrl ??= defaults.BaseUrl;
        Language ??= defaults.Language;
        Sources = Sources?.OfType<SourceRuleSettings>().ToList() ?? [];
        foreach (var rule in Sources)
        {
            rule.Match ??= "";
            rule.DropLines = rule.DropLines?.OfType<string>().ToList() ?? [];
            rule.KeepLines = rule.KeepLines?.OfType<string>().ToList() ?? [];
            rule.DropSelectors = rule.DropSelectors?.OfType<string>().ToList() ?? [];
            rule.KeepSelectors = rule.KeepSelectors?.OfType<string>().ToList() ?? [];
        }

        SourceAliases ??= [];
        Tags ??= new TagSettings();
        Tags.Ignore = Tags.Ignore?.OfType<string>().ToList() ?? [];
        Tags.Synonyms ??= [];
        foreach (var variant in Tags.Synonyms.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => kv.Key).ToList())
        {
            diagnostics.Add(Diagnostic.Error("ARC015", $"tags.synonyms: '{Text.TextCleaner.Clean(variant)}' has no preferred tag.", file));
            Tags.Synonyms.Remove(variant);
        }
    }

    /// <summary>http(s), a host, no query or fragment (paths are appended to it), nothing that needs escaping.</summary>
    private static bool IsHttpUrl(string value) =>
        (value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '\'' or '<' or '>' or '\\' or '`' or '?' or '#')
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.Host.Length > 0
        && uri.UserInfo.Length == 0;
}
