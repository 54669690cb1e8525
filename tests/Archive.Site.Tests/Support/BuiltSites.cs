using Archive.Core.Synthetic;

namespace Archive.Site.Tests.Support;

/// <summary>
/// The sites the checks run on, each built once per test run and only when a test asks for it:
/// the repository's demo site (input/, theme/, site.yml), a generated archive of 1,000 captures
/// (seed 1) and the page with figures of tests/Archive.Core.Tests/Fixtures/Images, built with the same theme and site.yml.
/// </summary>
public sealed class BuiltSites : IDisposable
{
    public const string Demo = "demo";
    public const string Synthetic = "synthetic";

    /// <summary>A page with figures: kept images (inlined PNGs, as SingleFile saves them) and one only on the live web.</summary>
    public const string Images = "images";
    public const int SyntheticCount = 1000;

    private readonly TempFolder _folder = new();
    private readonly Lazy<Task<BuiltSite>> _demo;
    private readonly Lazy<Task<BuiltSite>> _synthetic;
    private readonly Lazy<Task<BuiltSite>> _images;

    public BuiltSites()
    {
        _demo = new(() => BuiltSite.BuildAsync(Demo, Repository.PathOf("input"), _folder.Combine("demo"), Repository.PathOf("site.yml")));
        _synthetic = new(() => Task.Run(() =>
        {
            var input = _folder.Combine("synthetic-input");
            SyntheticArchive.WriteTo(input, new SyntheticOptions { Count = SyntheticCount, Seed = 1 });
            return BuiltSite.BuildAsync(Synthetic, input, _folder.Combine("synthetic"), Repository.PathOf("site.yml"));
        }));
        _images = new(() => BuiltSite.BuildAsync(Images, Repository.PathOf("tests/Archive.Core.Tests/Fixtures/Images"), _folder.Combine("images"), Repository.PathOf("site.yml")));
    }

    internal Task<BuiltSite> GetAsync(string name) => name switch
    {
        Demo => _demo.Value,
        Synthetic => _synthetic.Value,
        Images => _images.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown site."),
    };

    public void Dispose() => _folder.Dispose();
}
