namespace Archive.Core.Synthetic;

/// <summary>One generated capture: a path relative to the input folder (forward slashes) and its text (LF newlines, written as UTF-8 without a BOM).</summary>
public sealed record SyntheticCapture(string RelativePath, string Content);
