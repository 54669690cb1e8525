namespace Archive.Cli.Tests.Support;

/// <summary>How a <see cref="CliProcess"/> run ended: its exit code and everything it printed.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);
