using System.Text;
using System.Xml;
using Archive.Core.Model;
using Archive.Core.Rendering.Pages;

namespace Archive.Core.Rendering.Feeds;

/// <summary>An Atom 1.0 feed of articles. Dates come from the articles, never from the clock.</summary>
public static class AtomFeed
{
    private const string Namespace = "http://www.w3.org/2005/Atom";

    public static byte[] Write(PageFactory factory, string title, string selfUrl, string pageUrl, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(articles);
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartElement("feed", Namespace);
            xml.WriteElementString("title", Namespace, Clean(title));
            xml.WriteElementString("id", Namespace, factory.Absolute(pageUrl));
            var updated = articles.Select(a => a.Published).FirstOrDefault(d => d is not null) ?? new DateOnly(2000, 1, 1);
            xml.WriteElementString("updated", Namespace, Timestamp(updated));
            Link(xml, factory.Absolute(selfUrl), "self");
            Link(xml, factory.Absolute(pageUrl), "alternate");
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, Clean(factory.Settings.Title));
            xml.WriteEndElement();
            foreach (var article in articles)
            {
                var url = factory.Absolute(article.Permalink!);
                xml.WriteStartElement("entry", Namespace);
                xml.WriteElementString("title", Namespace, Clean(article.Title));
                xml.WriteElementString("id", Namespace, url);
                xml.WriteElementString("updated", Namespace, Timestamp(article.Published ?? updated));
                if (article.Published is { } published)
                {
                    xml.WriteElementString("published", Namespace, Timestamp(published));
                }

                Link(xml, url, "alternate");
                if ((article.Byline ?? article.SourceName) is { } author)
                {
                    xml.WriteStartElement("author", Namespace);
                    xml.WriteElementString("name", Namespace, Clean(author));
                    xml.WriteEndElement();
                }

                foreach (var tag in article.Tags)
                {
                    xml.WriteStartElement("category", Namespace);
                    xml.WriteAttributeString("term", Clean(tag));
                    xml.WriteEndElement();
                }

                if (Summary(article) is { } summary)
                {
                    xml.WriteElementString("summary", Namespace, Clean(summary));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    internal static string? Summary(Article article) =>
        article.Standfirst ?? article.Body.FirstOrDefault(b => b.Kind == BlockKind.Paragraph)?.Text;

    private static string Timestamp(DateOnly date) => $"{date:yyyy-MM-dd}T00:00:00Z";

    private static void Link(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>XML 1.0 cannot carry most control characters; drop them rather than fail the feed.</summary>
    internal static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i++, 2);
            }
        }

        return builder.Length == text.Length ? text : builder.ToString();
    }
}
