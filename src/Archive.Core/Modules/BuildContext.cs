using Archive.Core.Assets;
using Archive.Core.Caching;
using Archive.Core.Engine;
using Archive.Core.Inputs;
using Archive.Core.Normalization;
using Archive.Core.Output;
using Archive.Core.Rendering;

namespace Archive.Core.Modules;

/// <summary>
/// What one build's modules share, typed: the folders, site.yml, the theme and its assets, the report and
/// statistics being filled, the build cache's view of this build, the sink pages go to and the archive index.
/// Registered as the build's one built-in service (<c>context.Build()</c>); a test builds one with
/// <c>new BuildContext { ... }</c> and runs a module on its own.
/// </summary>
public sealed class BuildContext
{
    public required BuildPaths Paths { get; init; }

    public required SiteSettings Settings { get; init; }

    public required Theme Theme { get; init; }

    public AssetManifest Assets { get; init; } = AssetManifest.Empty;

    /// <summary>Which files are captures and which reader reads each (the site's own readers included).</summary>
    public CaptureReaderRegistry Readers { get; init; } = CaptureReaderRegistry.CreateDefault();

    /// <summary>Makes articles of captures: site.yml's source rules compiled once, readers from <see cref="Readers"/>.</summary>
    public required CaptureProcessor Processor { get; init; }

    /// <summary>Finds and stores the images of articles; null leaves every figure without its image (a page links to the original).</summary>
    public Images.ImageResolver? Images { get; init; }

    /// <summary>Every input's fate, filled as the build goes (build-report.json).</summary>
    public BuildReport Report { get; } = new();

    public BuildStatistics Statistics { get; } = new();

    /// <summary>The cache's view of this build; a pass-through of this build alone when there is no cache.</summary>
    public IncrementalBuild Incremental { get; init; } = IncrementalBuild.PassThrough();

    /// <summary>Where rendered pages are written at once; null keeps them in memory until the Output phase writes them.</summary>
    public SiteSink? Sink { get; init; }

    /// <summary>The archive index, built once from the analysed articles and read by every rendering pipeline.</summary>
    public IndexProvider Index { get; } = new();
}
