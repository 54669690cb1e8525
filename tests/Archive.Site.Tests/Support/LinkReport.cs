namespace Archive.Site.Tests.Support;

/// <summary>Pages read, internal links checked, and the broken ones.</summary>
internal sealed record LinkReport(int Pages, int InternalLinks, IReadOnlyList<BrokenLink> Broken);
