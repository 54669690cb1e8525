using Archive.Core.Engine;
using Archive.Core.Modules;

namespace Archive.Core.Pipelines;

/// <summary>Atom and JSON feeds, robots.txt, redirects for old URLs; the sitemap once every page exists.</summary>
public sealed class Feeds : Pipeline
{
    public Feeds()
    {
        Dependencies.Add(nameof(ArticleAnalysis));
        ProcessModules.Add(new RenderFeeds());
        ProcessModules.Add(new KeepInputs(new RenderRedirects()));
        PostProcessModules.Add(new RenderSitemap(nameof(Articles), nameof(Archives)));
    }
}
