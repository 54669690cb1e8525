using System.Text;
using System.Xml;
using Archive.Core.Engine;
using Archive.Core.Inputs;
using Archive.Core.Pipelines;
using Archive.Core.Rendering.Pages;

namespace Archive.Core.Modules;

/// <summary>Process: the site's Atom feed (latest articles) and robots.txt.</summary>
internal sealed class RenderFeeds : IModule
{
    private const int FeedSize = 50;

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var factory = context.PageFactory(nameof(ArticleAnalysis));
        var settings = context.GetService<SiteSettings>();
        IReadOnlyList<Document> documents =
        [
            Document.Output("feed.xml", Atom(factory, settings)),
            Document.Output("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {factory.Absolute("/sitemap.xml")}\n"),
        ];
        return Task.FromResult(documents);
    }

    private static byte[] Atom(PageFactory factory, SiteSettings settings)
    {
        var articles = factory.Index.Articles.Take(FeedSize).ToList();
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            xml.WriteStartElement("feed", ns);
            xml.WriteElementString("title", ns, settings.Title);
            xml.WriteElementString("id", ns, factory.Absolute("/"));
            // The newest article's date, never the clock: the same input gives the same feed.
            var updated = articles.FirstOrDefault(a => a.Published is not null)?.Published ?? new DateOnly(2000, 1, 1);
            xml.WriteElementString("updated", ns, $"{updated:yyyy-MM-dd}T00:00:00Z");
            Link(xml, ns, factory.Absolute("/feed.xml"), "self");
            Link(xml, ns, factory.Absolute("/"), "alternate");
            foreach (var article in articles)
            {
                xml.WriteStartElement("entry", ns);
                xml.WriteElementString("title", ns, Clean(article.Title));
                xml.WriteElementString("id", ns, factory.Absolute(article.Permalink!));
                var date = article.Published ?? updated;
                xml.WriteElementString("updated", ns, $"{date:yyyy-MM-dd}T00:00:00Z");
                Link(xml, ns, factory.Absolute(article.Permalink!), "alternate");
                xml.WriteStartElement("author", ns);
                xml.WriteElementString("name", ns, Clean(article.Byline ?? article.SourceName ?? settings.Title));
                xml.WriteEndElement();
                if (article.Standfirst is { } summary)
                {
                    xml.WriteElementString("summary", ns, Clean(summary));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void Link(XmlWriter xml, string ns, string href, string rel)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>XML 1.0 cannot carry most control characters; drop them rather than fail the feed.</summary>
    private static string Clean(string text) => new(text.Where(XmlConvert.IsXmlChar).ToArray());
}
