namespace Archive.Site.Tests.Support;

/// <summary>
/// The external tools the site checks need: Java and the Nu HTML Checker (vnu.jar from the vnu-jar npm
/// package in this project's folder), and Debian's Chromium. Under CI (<c>CI=true</c>) a missing tool fails
/// the check with a message saying what to install; on a developer's machine the check is reported as skipped
/// with the same message. <c>.ci/run</c> installs all of them.
/// </summary>
internal static class SiteTools
{
    public static bool IsCi { get; } = Environment.GetEnvironmentVariable("CI") is { } ci
        && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    public static string VnuJar { get; } = Repository.PathOf("tests", "Archive.Site.Tests", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>Debian's chromium; ARCHIVE_CHROMIUM overrides the path.</summary>
    public static string Chromium { get; } = Environment.GetEnvironmentVariable("ARCHIVE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string? Java { get; } = FindOnPath("java");

    public static void RequireNuChecker()
    {
        Require(Java is not null, "Java is not on PATH: the Nu HTML Checker needs it (apt-get install -y default-jre-headless).");
        Require(File.Exists(VnuJar), $"{VnuJar} is missing: run 'npm ci' in tests/Archive.Site.Tests (or run .ci/run).");
    }

    /// <summary>Pagefind as <c>npm ci --prefix tools/search</c> installs it, and Node to run it.</summary>
    public static string PagefindTools { get; } = Repository.PathOf("tools", "search");

    public static void RequirePagefind()
    {
        Require(FindOnPath("node") is not null, "Node.js is not on PATH: the search index is made by Pagefind, an npm package (apt-get install -y nodejs).");
        Require(File.Exists(Path.Combine(PagefindTools, "node_modules", "pagefind", "lib", "runner", "bin.cjs")), "tools/search/node_modules/pagefind is missing: run 'npm ci --prefix tools/search' (or .ci/run).");
    }

    public static void RequireChromium() =>
        Require(File.Exists(Chromium), $"{Chromium} is missing: the accessibility checks need Debian's chromium (apt-get install -y chromium, or run .ci/run).");

    private static void Require(bool present, string message)
    {
        if (present)
        {
            return;
        }

        if (IsCi)
        {
            Assert.Fail("CI=true and a tool is missing: " + message);
        }

        Skip.If(true, "Skipped, a tool is missing on this machine: " + message);
    }

    private static string? FindOnPath(string name)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
