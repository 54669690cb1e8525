namespace Archive.Core.Normalization.Html;

/// <summary>Element name sets (AngleSharp's local names are lower case for HTML elements).</summary>
internal static class HtmlTags
{
    /// <summary>Never content: removed before anything else, without a report entry when they carry no text.</summary>
    public static readonly HashSet<string> Junk = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "link", "meta", "iframe", "object", "embed", "svg", "canvas",
        "button", "input", "select", "textarea", "option", "optgroup", "datalist", "dialog", "map", "audio", "video",
        "source", "track", "head", "title", "base", "frame", "frameset", "applet", "math", "param", "progress", "meter",
    };

    /// <summary>Page chrome by element name.</summary>
    public static readonly HashSet<string> Chrome = new(StringComparer.Ordinal) { "nav", "aside", "footer", "menu" };

    /// <summary>Phrasing content: does not break a paragraph.</summary>
    public static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins",
        "kbd", "label", "mark", "nobr", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub",
        "sup", "time", "tt", "u", "var", "wbr", "img", "picture", "abbr", "output",
    };

    public static readonly HashSet<string> Headings = new(StringComparer.Ordinal) { "h1", "h2", "h3", "h4", "h5", "h6" };

    public static bool IsInline(string name) => Inline.Contains(name);
}
