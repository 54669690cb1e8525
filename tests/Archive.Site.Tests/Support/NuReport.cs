namespace Archive.Site.Tests.Support;

/// <summary>What one run of the checker over a folder found, and how long it took.</summary>
internal sealed record NuReport(IReadOnlyList<NuMessage> Messages, int ExitCode, TimeSpan Elapsed);
