using Archive.Core.Engine;
using Archive.Core.Output;
using Archive.Core.Rendering.Pages;

namespace Archive.Core.Modules;

internal static class ContextExtensions
{
    /// <summary>What this build's modules share (see <see cref="BuildContext"/>).</summary>
    public static BuildContext Build(this IExecutionContext context) => context.GetService<BuildContext>();

    /// <summary>The page factory over the archive index the analysis made.</summary>
    public static PageFactory PageFactory(this IExecutionContext context)
    {
        var build = context.Build();
        return new(build.Theme, build.Settings, build.Index)
        {
            Reuse = build.Incremental.Pages,
            Sink = build.Sink,
        };
    }

    /// <summary>Where rendered pages go at once; null when pages stay in memory until written.</summary>
    public static SiteSink? Sink(this IExecutionContext context) => context.Build().Sink;

    /// <summary>The build cache's view of this build (a pass-through without a cache).</summary>
    public static Caching.IncrementalBuild Incremental(this IExecutionContext context) => context.Build().Incremental;
}
