namespace Archive.Core.Inputs;

/// <summary>A capture as read from the input folder, with its optional sidecar (<c>name.ext.yml</c>).</summary>
public sealed record CaptureFile(string Path, byte[] Bytes, string? SidecarPath = null, byte[]? SidecarBytes = null);
