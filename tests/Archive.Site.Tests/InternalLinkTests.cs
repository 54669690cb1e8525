using Archive.Site.Tests.Support;
using Xunit.Abstractions;

namespace Archive.Site.Tests;

/// <summary>No internal link of a built site is broken: every href and src under the site resolves to a file, and every #fragment to an id.</summary>
[Collection(SiteCollection.Name)]
public sealed class InternalLinkTests(BuiltSites sites, ITestOutputHelper output)
{
    [Theory]
    [InlineData(BuiltSites.Demo)]
    [InlineData(BuiltSites.Synthetic)]
    public async Task No_internal_link_is_broken(string name)
    {
        var site = await sites.GetAsync(name);

        var report = LinkChecker.Check(site);

        output.WriteLine($"{site}: {report.Pages} pages, {report.InternalLinks} internal links, {report.Broken.Count} broken.");
        Assert.True(report.InternalLinks > report.Pages, $"{site}: suspiciously few internal links ({report.InternalLinks}).");
        Assert.True(report.Broken.Count == 0, $"{report.Broken.Count} broken link(s) in {site}:\n" + string.Join('\n', report.Broken.Take(50)));
    }

    [Theory]
    [InlineData(BuiltSites.Demo)]
    [InlineData(BuiltSites.Synthetic)]
    public async Task Every_capture_is_built(string name)
    {
        var site = await sites.GetAsync(name);

        Assert.True(site.Outcome.ExitCode == 0, string.Join('\n', site.Outcome.Diagnostics));
        Assert.All(site.Outcome.Report, entry => Assert.Equal("built", entry.Status));
    }
}
