using System.Text;
using System.Xml;
using Archive.Core.Engine;
using Archive.Core.Inputs;

namespace Archive.Core.Modules;

/// <summary>PostProcess: sitemap.xml over every HTML page the other pipelines produced.</summary>
internal sealed class RenderSitemap(params string[] pagePipelines) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        // The addresses of every page: unchanged when a preview edit changed only some articles' text.
        if (context.Previous().ReuseFile("sitemap.xml", []) is { } unchanged)
        {
            return Task.FromResult<IReadOnlyList<Document>>([.. inputs, unchanged]);
        }

        var baseUrl = context.Build().Settings.NormalisedBaseUrl;
        var urls = pagePipelines
            .SelectMany(context.OutputsOf)
            .Where(d => !d.Unlisted)
            .Select(d => d.Destination!)
            .Where(d => d.EndsWith("index.html", StringComparison.Ordinal))
            .Select(d => baseUrl + d[..^"index.html".Length])
            .Order(StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartElement("urlset", ns);
            foreach (var url in urls)
            {
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, url);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        IReadOnlyList<Document> documents = [.. inputs, Document.Output("sitemap.xml", stream.ToArray())];
        return Task.FromResult(documents);
    }
}
