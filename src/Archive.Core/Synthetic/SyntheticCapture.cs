namespace Archive.Core.Synthetic;

/// <summary>
/// One generated capture: a path relative to the input folder (forward slashes), its text (LF newlines,
/// written as UTF-8 without a BOM), and what the capture says, as ground truth for tests and benchmarks.
/// </summary>
/// <param name="RelativePath">Where the capture goes under the input folder.</param>
/// <param name="Content">The capture's text.</param>
/// <param name="Title">The headline as written (a note's title has a "Notes: " prefix).</param>
/// <param name="Published">The publication day the capture states.</param>
/// <param name="Source">The publisher ("Archive notes" for a note).</param>
/// <param name="Tags">The publisher's topics, in the capture's order.</param>
public sealed record SyntheticCapture(string RelativePath, string Content, string Title, DateOnly Published, string Source, IReadOnlyList<string> Tags);
