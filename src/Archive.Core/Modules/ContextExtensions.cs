using Archive.Core.Engine;
using Archive.Core.Inputs;
using Archive.Core.Output;
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
            context.GetService<IndexProvider>().For(context.OutputsOf(analysisPipeline), context.Degree(), context.Incremental()))
        {
            Cache = context.Incremental(),
            Sink = context.Sink(),
        };

    /// <summary>Where rendered pages go at once; null when the engine was set up without one (tests, tools), and pages stay in memory until written.</summary>
    public static SiteSink? Sink(this IExecutionContext context) => context.TryGetService<SiteSink>();

    /// <summary>The build cache of this build; a pass-through when the engine was set up without one (tests, tools).</summary>
    public static Caching.IncrementalBuild Incremental(this IExecutionContext context) =>
        context.TryGetService<Caching.IncrementalBuild>() ?? Caching.IncrementalBuild.Disabled;
}
