using Archive.Core.Engine;
using Archive.Core.Modules;

namespace Archive.Core.Pipelines;

/// <summary>Atom feed and robots.txt; the sitemap once every page exists.</summary>
public sealed class Feeds : Pipeline
{
    public Feeds()
    {
        Dependencies.Add(nameof(ArticleAnalysis));
        ProcessModules.Add(new RenderFeeds());
        PostProcessModules.Add(new RenderSitemap(nameof(Articles), nameof(Archives)));
    }
}
