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
public sealed record SyntheticCapture(string RelativePath, string Content, string Title, DateOnly Published, string Source, IReadOnlyList<string> Tags)
{
    /// <summary>
    /// The index of the generated story whose text the capture carries: its own index, or for a copy the earlier
    /// story's. That story was written as a capture of its own only if that capture is not itself a copy.
    /// </summary>
    public int Story { get; init; }

    /// <summary>The publisher whose text this is (for a note, the publisher the note was captured from).</summary>
    public string Publisher { get; init; } = "";

    /// <summary>Whether the capture is an earlier story again, and under which publisher.</summary>
    public SyntheticCopy Copy { get; init; }
}

/// <summary>What a capture copies: nothing, an earlier story again (same publisher), or an earlier story under another publisher.</summary>
public enum SyntheticCopy
{
    None,
    Repeated,
    Syndicated,
}
