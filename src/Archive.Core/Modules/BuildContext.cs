using Archive.Core.Analysis.Index;
using Archive.Core.Assets;
using Archive.Core.Engine;
using Archive.Core.Inputs;
using Archive.Core.Normalization;
using Archive.Core.Output;
using Archive.Core.Rendering;

namespace Archive.Core.Modules;

/// <summary>
/// What one build's modules share, typed: the folders, site.yml, the theme and its assets, the report and
/// statistics being filled, what may be reused of the last build, the sink pages go to and the archive index.
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

    /// <summary>What this build may reuse of the last one: the build cache's view of this build, or nothing (<see cref="NoPreviousBuild"/>).</summary>
    public IPreviousBuild Previous { get; init; } = new NoPreviousBuild();

    /// <summary>Where rendered pages are written at once; null keeps them in memory until the Output phase writes them.</summary>
    public SiteSink? Sink { get; init; }

    /// <summary>What the output folder holds, kept up to date by the commit, for a build cache; null when no cache keeps it.</summary>
    public OutputManifest? Manifest { get; init; }

    /// <summary>
    /// The archive index, set once by the analysis (<see cref="IndexArchive"/>) and read by every rendering pipeline,
    /// which depends on the analysis and so runs after it. A test context sets it directly.
    /// </summary>
    public ArchiveIndex Index
    {
        get => _index ?? throw new InvalidOperationException("The archive index is read before the analysis made it.");
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (Interlocked.CompareExchange(ref _index, value, null) is not null)
            {
                throw new InvalidOperationException("The archive index is set twice in one build.");
            }
        }
    }

    private ArchiveIndex? _index;
}
