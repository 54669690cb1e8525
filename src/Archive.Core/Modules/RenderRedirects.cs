using Archive.Core.Engine;
using Archive.Core.Pipelines;
using Archive.Core.Text;

namespace Archive.Core.Modules;

/// <summary>
/// Process: Netlify's <c>_redirects</c> file, sending each old URL a sidecar lists under <c>aliases</c>
/// to the article's permalink with a 301. Aliases are reduced to safe site paths; anything else is reported.
/// </summary>
internal sealed class RenderRedirects : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var lines = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in context.OutputsOf(nameof(ArticleAnalysis)).Select(d => d.Article!))
        {
            foreach (var alias in article.Aliases)
            {
                var path = SitePath.FromAlias(alias);
                if (path is null || path == article.Permalink)
                {
                    context.Report(Diagnostics.Diagnostic.Warning("ARC050", $"Alias '{alias}' is not a usable site path; ignored.", article.SourcePath));
                    continue;
                }

                if (!lines.TryAdd(path, article.Permalink!))
                {
                    context.Report(Diagnostics.Diagnostic.Warning("ARC051", $"Alias '{path}' is claimed by two articles; the first by source path keeps it.", article.SourcePath));
                }
            }
        }

        var text = string.Concat(lines.Select(kv => $"{kv.Key} {kv.Value} 301\n"));
        IReadOnlyList<Document> documents = [Document.Output("_redirects", text)];
        return Task.FromResult(documents);
    }
}
