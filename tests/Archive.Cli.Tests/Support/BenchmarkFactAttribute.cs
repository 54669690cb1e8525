namespace Archive.Cli.Tests.Support;

/// <summary>A benchmark run through the test runner: skipped unless ARCHIVE_BENCH_SITE names a site (and chromium exists).</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ARCHIVE_BENCH_SITE")))
        {
            Skip = "Benchmark, not a test: set ARCHIVE_BENCH_SITE to a site folder to run it (see docs/benchmarks.md, Preview latency).";
        }
        else if (Browser.ExecutablePath is null)
        {
            Skip = "chromium not found; the benchmark drives a browser.";
        }
    }
}
