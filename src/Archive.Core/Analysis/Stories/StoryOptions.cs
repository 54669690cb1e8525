namespace Archive.Core.Analysis.Stories;

/// <summary>
/// How close two bodies must be to be one story. The defaults were fitted by <c>stories --fit</c> with
/// cross-validation by host (see docs/stories.md); a test or a user may choose others.
/// </summary>
public sealed record StoryOptions
{
    public static StoryOptions Default { get; } = new();

    /// <summary>Share of the shorter body's shingles found in the longer one.</summary>
    public double MinContainment { get; init; } = 0.55;

    /// <summary>Bodies with fewer shingles than this are too short to be told apart by their text.</summary>
    public int MinShingles { get; init; } = 20;

    /// <summary>
    /// The floor of the frequency bound (<see cref="FrequencyBound"/>): a shingle found in more captures than this, in an
    /// archive of up to <see cref="MaxShingleFrequency"/> / <see cref="MaxShingleShare"/> captures, is text many captures
    /// share (a template sentence, a footer, a standard disclaimer), not the text of one story, which only its own copies
    /// carry; it is left out of signatures, probes and containment. Chosen, not fitted: above the copies one story
    /// plausibly has (a capture or two per version, a wire story on a few dozen sites), far below how often boilerplate
    /// recurs.
    /// </summary>
    public int MaxShingleFrequency { get; init; } = 50;

    /// <summary>
    /// The share of the archive's captures a shingle may be found in and still be distinctive, once that share is more
    /// than <see cref="MaxShingleFrequency"/> captures. A story's own text recurs a fixed number of times (its copies),
    /// whatever the archive's size, but a sentence a template fills recurs in a fixed share of the captures: a fixed count
    /// would call more and more of a story's text common as the archive grows, until its body is too short to compare.
    /// 0.005 keeps the bound at 50 up to 10,000 captures; the fit on the evaluation archive (<c>stories --fit-share</c>)
    /// cannot tell shares below 0.04 apart and does not choose against it (see docs/stories.md).
    /// </summary>
    public double MaxShingleShare { get; init; } = 0.005;

    /// <summary>
    /// The most captures a shingle may be found in and still be distinctive, in an archive of <paramref name="captures"/>:
    /// <see cref="MaxShingleShare"/> of them, at least <see cref="MaxShingleFrequency"/>.
    /// </summary>
    public int FrequencyBound(int captures) => Math.Max(MaxShingleFrequency, (int)((MaxShingleShare * captures) + 1e-9));

    /// <summary>
    /// Share of a body's sampled shingles (see <see cref="MinPageSampled"/>) that a text dump's whole text must hold
    /// for the body to be found in it. Higher than <see cref="MinContainment"/>: a dump's whole text carries the site's
    /// template (comment forms, footers), which a body with much of it would otherwise be found in for every dump of the
    /// site. Fitted by <c>stories --fit-page</c> (see docs/stories.md).
    /// </summary>
    public double MinPageContainment { get; init; } = 0.80;

    /// <summary>
    /// A body is looked for in a text dump's whole text (<see cref="PageSample"/>) only when at least this many of its
    /// distinctive shingles fall under the sample's limit: fewer are too few to tell a body held from a few shared
    /// phrases. Chosen, not fitted: 8 gives the containment threshold a resolution of an eighth.
    /// </summary>
    public int MinPageSampled { get; init; } = 8;

    /// <summary>LSH bands of <see cref="Rows"/> signature values each; bands x rows must not exceed the signature.</summary>
    public int Bands { get; init; } = 32;

    public int Rows { get; init; } = 4;

    /// <summary>Lowest-hashed shingles per body looked up in other bodies to find one body held in another.</summary>
    public int Probes { get; init; } = 8;

    /// <summary>Captures checked against each other in one LSH bucket, at most; keeps a bucket of boilerplate linear.</summary>
    public int BucketLimit { get; init; } = 16;
}
