using Archive.Core.Engine;
using Archive.Core.Modules;

namespace Archive.Core.Pipelines;

/// <summary>The images the articles show, under <c>images/</c>, from the image store.</summary>
public sealed class Images : Pipeline
{
    public Images()
    {
        Dependencies.Add(nameof(ArticleAnalysis));
        ProcessModules.Add(new EmitImages(nameof(ArticleAnalysis)));
    }
}
