namespace Archive.Core.Output;

public sealed record WriteStats(int Written, int Unchanged);
