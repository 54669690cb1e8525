using System.Text.RegularExpressions;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Stories;

/// <summary>How a paragraph (or the headline) differs between two versions of a story.</summary>
public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>A run of text, marked when it is what changed (words removed on the before side, added on the after side).</summary>
public sealed record TextPiece(string Text, bool Marked);

/// <summary>One paragraph (or the headline) that changed: its text before and after, as pieces; an added paragraph has no before.</summary>
public sealed record TextChange(ChangeKind Kind, IReadOnlyList<TextPiece> Before, IReadOnlyList<TextPiece> After);

/// <summary>
/// What changed from one version of a story to the next: the headline first (it matters most), then the body's
/// paragraphs in reading order, with how many stayed as they were.
/// </summary>
public sealed partial record VersionDiff(TextChange? Headline, IReadOnlyList<TextChange> Paragraphs, int Unchanged)
{
    /// <summary>
    /// Among the paragraphs removed and added at one place, a removed one and an added one are the same paragraph,
    /// changed, when at least this share of their words are common (Dice coefficient over word counts); otherwise
    /// one was removed and another added. Half: an edit that keeps most words is a change, a rewrite is not.
    /// </summary>
    public const double SameParagraph = 0.5;

    public bool IsEmpty => Headline is null && Paragraphs.Count == 0;

    public static VersionDiff Between(StoryVersion before, StoryVersion after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var headline = string.Equals(before.Title, after.Title, StringComparison.Ordinal) ? null : Words(before.Title, after.Title);
        var old = before.Body.Select(b => b.Text).ToList();
        var now = after.Body.Select(b => b.Text).ToList();
        var changes = new List<TextChange>();
        var unchanged = 0;
        var removed = new List<int>();
        var added = new List<int>();
        foreach (var (op, i, j) in SequenceDiff.Of(old, now))
        {
            switch (op)
            {
                case SequenceDiff.Op.Remove:
                    removed.Add(i);
                    break;
                case SequenceDiff.Op.Add:
                    added.Add(j);
                    break;
                default:
                    Hunk(old, now, removed, added, changes);
                    unchanged++;
                    break;
            }
        }

        Hunk(old, now, removed, added, changes);
        return new VersionDiff(headline, changes, unchanged);
    }

    /// <summary>The paragraphs removed and added between two kept ones: pairs of similar ones (in order) are changes.</summary>
    private static void Hunk(List<string> old, List<string> now, List<int> removed, List<int> added, List<TextChange> changes)
    {
        var nextAdded = 0;
        var doneRemoved = 0;
        for (var r = 0; r < removed.Count; r++)
        {
            var match = -1;
            for (var a = nextAdded; a < added.Count && match < 0; a++)
            {
                if (Similarity(old[removed[r]], now[added[a]]) >= SameParagraph)
                {
                    match = a;
                }
            }

            if (match < 0)
            {
                continue;
            }

            for (; doneRemoved < r; doneRemoved++)
            {
                changes.Add(new TextChange(ChangeKind.Removed, [new TextPiece(old[removed[doneRemoved]], true)], []));
            }

            for (; nextAdded < match; nextAdded++)
            {
                changes.Add(new TextChange(ChangeKind.Added, [], [new TextPiece(now[added[nextAdded]], true)]));
            }

            changes.Add(Words(old[removed[r]], now[added[match]]));
            doneRemoved = r + 1;
            nextAdded = match + 1;
        }

        for (; doneRemoved < removed.Count; doneRemoved++)
        {
            changes.Add(new TextChange(ChangeKind.Removed, [new TextPiece(old[removed[doneRemoved]], true)], []));
        }

        for (; nextAdded < added.Count; nextAdded++)
        {
            changes.Add(new TextChange(ChangeKind.Added, [], [new TextPiece(now[added[nextAdded]], true)]));
        }

        removed.Clear();
        added.Clear();
    }

    /// <summary>A changed text with the words removed and added marked.</summary>
    private static TextChange Words(string before, string after)
    {
        var a = Tokens(before);
        var b = Tokens(after);
        var old = new List<TextPiece>();
        var now = new List<TextPiece>();
        foreach (var (op, i, j) in SequenceDiff.Of(a, b))
        {
            switch (op)
            {
                case SequenceDiff.Op.Keep:
                    Append(old, a[i], false);
                    Append(now, b[j], false);
                    break;
                case SequenceDiff.Op.Remove:
                    Append(old, a[i], !string.IsNullOrWhiteSpace(a[i]));
                    break;
                default:
                    Append(now, b[j], !string.IsNullOrWhiteSpace(b[j]));
                    break;
            }
        }

        return new TextChange(ChangeKind.Changed, Joined(old), Joined(now));
    }

    private static void Append(List<TextPiece> pieces, string token, bool marked) => pieces.Add(new TextPiece(token, marked));

    /// <summary>Adjacent pieces of one kind joined; a space between two marked runs joins them, so a changed phrase is one mark.</summary>
    private static List<TextPiece> Joined(List<TextPiece> pieces)
    {
        var joined = new List<TextPiece>();
        for (var k = 0; k < pieces.Count; k++)
        {
            var piece = pieces[k];
            var bridging = !piece.Marked && string.IsNullOrWhiteSpace(piece.Text) && k > 0 && k + 1 < pieces.Count &&
                           pieces[k - 1].Marked && pieces[k + 1].Marked;
            var marked = piece.Marked || bridging;
            if (joined.Count > 0 && joined[^1].Marked == marked)
            {
                joined[^1] = joined[^1] with { Text = joined[^1].Text + piece.Text };
            }
            else
            {
                joined.Add(piece with { Marked = marked });
            }
        }

        return joined;
    }

    /// <summary>Words, runs of spaces and single other characters: joined again they give the text back.</summary>
    private static List<string> Tokens(string text) => TokenRegex().Matches(text).Select(m => m.Value).ToList();

    private static double Similarity(string a, string b)
    {
        var left = WordRegex().Matches(a.ToLowerInvariant()).GroupBy(m => m.Value).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var right = WordRegex().Matches(b.ToLowerInvariant()).GroupBy(m => m.Value).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var total = left.Values.Sum() + right.Values.Sum();
        if (total == 0)
        {
            return 0;
        }

        var common = left.Sum(p => Math.Min(p.Value, right.GetValueOrDefault(p.Key)));
        return 2.0 * common / total;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?|\s+|[^\p{L}\p{N}\s]", RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();
}
