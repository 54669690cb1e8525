using Archive.Core.Analysis.Index;
using Archive.Core.Engine;
using Archive.Core.Rendering.Feeds;

namespace Archive.Core.Modules;

/// <summary>Process: the site's Atom feed and JSON Feed, an Atom feed per tag, and robots.txt.</summary>
internal sealed class RenderFeeds : IModule
{
    private const int SiteFeedSize = 50;
    private const int TagFeedSize = 20;

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var factory = context.PageFactory();
        var incremental = context.Previous();

        // A preview edit of one article's text rewrites only the feeds that carry it.
        Document Feed(string destination, IReadOnlyList<Model.Article> articles, Func<byte[]> write) =>
            incremental.ReuseFile(destination, articles) ?? Document.Output(destination, write());

        var latest = factory.Index.Articles.Take(SiteFeedSize).ToList();
        var documents = new List<Document>
        {
            Feed("feed.xml", latest, () => AtomFeed.Write(factory, factory.Settings.Title, "/feed.xml", "/", latest)),
            Feed("feed.json", latest, () => JsonFeed.Write(factory, "/feed.json", latest)),
            Document.Output("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {factory.Absolute("/sitemap.xml")}\n"),
        };
        foreach (var tag in factory.Index.Terms[TermKind.Tag])
        {
            cancellationToken.ThrowIfCancellationRequested();
            var articles = tag.Articles.Take(TagFeedSize).ToList();
            documents.Add(Feed($"tags/{tag.Slug}/feed.xml", articles, () => AtomFeed.Write(factory, $"{tag.Name} · {factory.Settings.Title}", tag.Url + "feed.xml", tag.Url, articles)));
        }

        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }
}
