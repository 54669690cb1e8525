namespace Archive.Core.Engine;

/// <summary>The folders a build reads and writes.</summary>
public sealed record BuildPaths(string Input, string Output, string Theme, string? SiteFile);
