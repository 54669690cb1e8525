namespace Archive.Cli.Tests.Support;

/// <summary>
/// A test that drives Debian's chromium through Playwright. Skipped, with a message saying why, only when
/// no chromium is installed (CI installs it in .ci/run); never passes without running.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Browser.ExecutablePath is null)
        {
            Skip = "chromium not found (looked for /usr/bin/chromium and CHROMIUM_PATH); install it with 'apt-get install -y chromium' to run the browser tests.";
        }
    }
}
