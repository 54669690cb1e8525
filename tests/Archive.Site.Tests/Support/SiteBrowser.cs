using Microsoft.Playwright;

namespace Archive.Site.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright, showing a built site at <see cref="Origin"/>: requests there are
/// answered from the output folder through Playwright routing (the site's links are root-relative, as on the
/// CDN), and every other request is aborted, so nothing leaves the machine.
/// </summary>
internal sealed class SiteBrowser : IAsyncDisposable
{
    public const string Origin = "http://archive.test";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private SiteBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<SiteBrowser> LaunchAsync()
    {
        SiteTools.RequireChromium();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = SiteTools.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        return new SiteBrowser(playwright, browser);
    }

    /// <summary>
    /// Opens <paramref name="urlPath"/> of <paramref name="site"/> in a fresh context and hands the loaded page to
    /// <paramref name="inspect"/>; <paramref name="beforeLoad"/> can attach handlers (dialogs) before navigation.
    /// </summary>
    public async Task<T> OpenAsync<T>(BuiltSite site, string urlPath, Func<IPage, Task<T>> inspect, Action<IPage>? beforeLoad = null)
    {
        await using var context = await _browser.NewContextAsync(new() { JavaScriptEnabled = true });
        await context.RouteAsync("**/*", route => Serve(site, route));
        var page = await context.NewPageAsync();
        beforeLoad?.Invoke(page);
        var response = await page.GotoAsync(Origin + urlPath, new() { WaitUntil = WaitUntilState.Load });
        Assert.True(response is { Status: 200 }, $"{site}: {urlPath} answered {response?.Status}");
        return await inspect(page);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    private static Task Serve(BuiltSite site, IRoute route)
    {
        var url = new Uri(route.Request.Url);
        if (!url.GetLeftPart(UriPartial.Authority).Equals(Origin, StringComparison.OrdinalIgnoreCase))
        {
            return route.AbortAsync();
        }

        var file = site.FileFor(url.AbsolutePath);
        return file is null
            ? route.FulfillAsync(new() { Status = 404, ContentType = "text/plain", Body = "not found" })
            : route.FulfillAsync(new() { Status = 200, ContentType = MediaTypes.Of(file), BodyBytes = File.ReadAllBytes(file) });
    }
}
