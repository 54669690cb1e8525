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
            Reuse = build.Previous.Pages,
            Sink = build.Sink,
        };
    }

    /// <summary>Where rendered pages go at once; null when pages stay in memory until written.</summary>
    public static SiteSink? Sink(this IExecutionContext context) => context.Build().Sink;

    /// <summary>What this build may reuse of the last one (nothing without a build cache).</summary>
    public static IPreviousBuild Previous(this IExecutionContext context) => context.Build().Previous;
}
