namespace Archive.Core.Analysis.Stories;

/// <summary>
/// A capture's body as story identity compares it: the shingles few captures share, their MinHash sketch, LSH band
/// keys and probes. Depends on the archive only through which shingles are frequent (<see cref="ShingleFrequency"/>).
/// </summary>
internal sealed class StorySignature
{
    private StorySignature(StoryText text, ShingleFrequency frequency, int bound, StoryOptions options)
    {
        // Text that many captures share (template sentences, footers) says nothing about which story a body tells:
        // near-identity is judged on the rest, and a body with too little of it is no evidence either.
        Distinctive = Kept(text.Shingles, s => frequency.Estimate(s) <= bound);

        // Above the floor, the bound also admits sentences a template fills in a share of a large archive; the body's own
        // text is what stays under the floor. Up to the floor's archive size the two are the same shingles.
        Own = bound <= options.MaxShingleFrequency ? Distinctive : Kept(Distinctive, s => frequency.Estimate(s) <= options.MaxShingleFrequency);
        // Only the sketch's band keys are read afterwards: its 128 values (1 KB a body, 80 MB at 100,000 captures,
        // all held while the archive is grouped) are not kept.
        var sketch = Distinctive.Length >= options.MinShingles ? MinHashSketch.Of(Distinctive) : null;
        Probes = sketch is null ? [] : Distinctive.Take(options.Probes).ToArray();
        BandKeys = sketch is null ? null : BandKeysOf(sketch, options);
    }

    /// <param name="bound">The most captures a distinctive shingle is found in (<see cref="StoryOptions.FrequencyBound"/> of the archive's size).</param>
    public static StorySignature Of(StoryText text, ShingleFrequency frequency, int bound, StoryOptions options) => new(text, frequency, bound, options);

    /// <summary>The body's shingles found in few captures (at most <see cref="StoryOptions.FrequencyBound"/>), in ascending order.</summary>
    public ulong[] Distinctive { get; }

    /// <summary>
    /// The distinctive shingles found in at most <see cref="StoryOptions.MaxShingleFrequency"/> captures, in ascending
    /// order: the text of this story and its copies, without the template sentences a large archive's bound admits.
    /// The same array as <see cref="Distinctive"/> while the bound is at its floor.
    /// </summary>
    public ulong[] Own { get; }

    /// <summary>Whether the body had enough distinctive shingles for a MinHash sketch (and so has <see cref="BandKeys"/> and <see cref="Probes"/>).</summary>
    public bool Sketched => BandKeys is not null;

    /// <summary>The shingles of lowest hash: a sample of the body that a body holding it holds too.</summary>
    public IReadOnlyList<ulong> Probes { get; }

    /// <summary>The key of each LSH band of the sketch; null without one.</summary>
    public ulong[]? BandKeys { get; }

    /// <summary>
    /// The shingles <paramref name="keep"/> keeps, in their order: the same array when it keeps them all (most bodies
    /// of an archive share no template text), so a body's shingles are not held twice while the archive is grouped.
    /// </summary>
    private static ulong[] Kept(ulong[] shingles, Predicate<ulong> keep)
    {
        var first = Array.FindIndex(shingles, s => !keep(s));
        if (first < 0)
        {
            return shingles;
        }

        var kept = new List<ulong>(shingles.Length - 1);
        kept.AddRange(new ArraySegment<ulong>(shingles, 0, first));
        for (var i = first + 1; i < shingles.Length; i++)
        {
            if (keep(shingles[i]))
            {
                kept.Add(shingles[i]);
            }
        }

        return [.. kept];
    }

    private static ulong[] BandKeysOf(MinHashSketch sketch, StoryOptions options)
    {
        var keys = new ulong[options.Bands];
        for (var band = 0; band < options.Bands; band++)
        {
            var key = (ulong)band;
            for (var row = 0; row < options.Rows; row++)
            {
                key = Shingles.Mix(key ^ sketch.Values[(band * options.Rows) + row]);
            }

            keys[band] = key;
        }

        return keys;
    }
}
