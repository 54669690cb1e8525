using Archive.Core.Engine;
using Archive.Core.Inputs;
using Archive.Core.Rendering;
using Archive.Core.Rendering.Pages;

namespace Archive.Core.Modules;

internal static class ContextExtensions
{
    /// <summary>The page factory over the archive index built from <paramref name="analysisPipeline"/>'s outputs.</summary>
    public static PageFactory PageFactory(this IExecutionContext context, string analysisPipeline) =>
        new(
            context.GetService<Theme>(),
            context.GetService<SiteSettings>(),
            context.GetService<IndexProvider>().For(context.OutputsOf(analysisPipeline)))
        {
            Cache = context.GetService<Caching.IncrementalBuild>(),
        };
}
