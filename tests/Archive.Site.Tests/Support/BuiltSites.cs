using Archive.Core.Synthetic;

namespace Archive.Site.Tests.Support;

/// <summary>
/// The two sites every check runs on, each built once per test run and only when a test asks for it:
/// the repository's demo site (input/, theme/, site.yml) and a generated archive of 1,000 captures
/// (seed 1) built with the same theme and site.yml.
/// </summary>
public sealed class BuiltSites : IDisposable
{
    public const string Demo = "demo";
    public const string Synthetic = "synthetic";
    public const int SyntheticCount = 1000;

    private readonly TempFolder _folder = new();
    private readonly Lazy<Task<BuiltSite>> _demo;
    private readonly Lazy<Task<BuiltSite>> _synthetic;

    public BuiltSites()
    {
        _demo = new(() => BuiltSite.BuildAsync(Demo, Repository.PathOf("input"), _folder.Combine("demo"), Repository.PathOf("site.yml")));
        _synthetic = new(() => Task.Run(() =>
        {
            var input = _folder.Combine("synthetic-input");
            SyntheticArchive.WriteTo(input, new SyntheticOptions { Count = SyntheticCount, Seed = 1 });
            return BuiltSite.BuildAsync(Synthetic, input, _folder.Combine("synthetic"), Repository.PathOf("site.yml"));
        }));
    }

    internal Task<BuiltSite> GetAsync(string name) => name switch
    {
        Demo => _demo.Value,
        Synthetic => _synthetic.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown site."),
    };

    public void Dispose() => _folder.Dispose();
}
