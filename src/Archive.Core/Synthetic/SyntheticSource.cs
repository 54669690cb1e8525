namespace Archive.Core.Synthetic;

/// <summary>An invented publisher and the house style of its pages.</summary>
/// <param name="Name">Publisher name, as it appears in mastheads and footers.</param>
/// <param name="Host">Host name under <c>example.*</c> for canonical URLs.</param>
/// <param name="Navigation">The section links at the top of every page.</param>
/// <param name="DateStyle">How a text dump writes its date line (0-3).</param>
/// <param name="HtmlShare">Percent of this source's captures saved as HTML rather than as text.</param>
internal sealed record SyntheticSource(string Name, string Host, IReadOnlyList<string> Navigation, int DateStyle, int HtmlShare)
{
    public string Slug { get; } = SyntheticText.Slug(Name);
}
