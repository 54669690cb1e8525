namespace Archive.Core.Normalization.Text;

/// <summary>
/// Lines that recur across many text captures of one source (navigation, footers, standard notices), for a
/// <see cref="TextCaptureReader"/> constructed with an index. The site build does not make one:
/// <see cref="CaptureReaders"/> creates the text reader without an index, so a build drops no line as
/// repeated; only callers that build an index and pass it in (the unit tests) do.
/// A source is keyed as the reader sees it: <see cref="SourceRules.Match"/> ("" when no rule applies).
/// Lines are the non-blank, trimmed lines of <see cref="LineSegmenter"/>, compared exactly. A line counts once
/// per capture; it is boilerplate when it appears in at least <see cref="MinCaptures"/> captures (never fewer
/// than 2) and in at least <see cref="MinShare"/> of its source's captures.
/// </summary>
public sealed class RepeatedLineIndex
{
    private readonly Dictionary<string, SourceLines> _sources = new(StringComparer.Ordinal);

    public RepeatedLineIndex(int minCaptures = 3, double minShare = 0.2)
    {
        MinCaptures = Math.Max(2, minCaptures);
        MinShare = minShare;
    }

    public static RepeatedLineIndex Empty { get; } = new();

    public int MinCaptures { get; }

    public double MinShare { get; }

    /// <summary>Builds an index from (source key, capture text) pairs.</summary>
    public static RepeatedLineIndex Build(IEnumerable<(string Source, string Text)> captures, int minCaptures = 3, double minShare = 0.2)
    {
        ArgumentNullException.ThrowIfNull(captures);
        var index = new RepeatedLineIndex(minCaptures, minShare);
        foreach (var (source, text) in captures)
        {
            index.Add(source, text);
        }

        return index;
    }

    /// <summary>Builds an index over captures that all belong to one source, keyed "" (the key of captures no source rule matches).</summary>
    public static RepeatedLineIndex Build(IEnumerable<string> texts, int minCaptures = 3, double minShare = 0.2) =>
        Build(texts.Select(t => ("", t)), minCaptures, minShare);

    /// <summary>Adds one capture's text under <paramref name="source"/>.</summary>
    public void Add(string source, string text)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        if (!_sources.TryGetValue(source, out var lines))
        {
            lines = new SourceLines();
            _sources.Add(source, lines);
        }

        lines.Captures++;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in LineSegmenter.Split(text))
        {
            var value = line.ToString(text);
            if (seen.Add(value))
            {
                lines.Counts[value] = lines.Counts.GetValueOrDefault(value) + 1;
            }
        }
    }

    /// <summary>Whether <paramref name="line"/> recurs across enough captures of <paramref name="source"/>.</summary>
    public bool IsRepeated(string source, ReadOnlySpan<char> line)
    {
        if (!_sources.TryGetValue(source, out var lines) || lines.Captures < MinCaptures)
        {
            return false;
        }

        return lines.Lookup.TryGetValue(line, out var count) && count >= MinCaptures && count >= MinShare * lines.Captures;
    }

    private sealed class SourceLines
    {
        public SourceLines() => Lookup = Counts.GetAlternateLookup<ReadOnlySpan<char>>();

        public int Captures { get; set; }

        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }
    }
}
