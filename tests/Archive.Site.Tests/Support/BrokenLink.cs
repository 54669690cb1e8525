namespace Archive.Site.Tests.Support;

/// <summary>A link on <see cref="Page"/> whose target is not in the built site.</summary>
internal sealed record BrokenLink(string Page, string Href, string Problem)
{
    public override string ToString() => $"{Page}: {Href} ({Problem})";
}
