using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Stories;

/// <summary>
/// What story grouping worked out, kept across the builds of one process. A preview's unchanged articles are the same
/// objects from one rebuild to the next, so each body is shingled and hashed once (<see cref="StoryText"/>); a memo
/// made to <paramref name="keepIndex"/> also keeps the last grouping's buckets and confirmed pairs
/// (<see cref="StoryIndex"/>), so that regrouping after an edit of a few captures checks only those captures.
/// </summary>
/// <param name="keepIndex">Keep the last grouping's index (a preview); a one-off build would only hold it in memory longer.</param>
public sealed class StoryMemo(bool keepIndex = false)
{
    // A preview's memo outlives its articles, so it holds their texts weakly. A one-off build's memo is dropped when
    // grouping ends: a weak table would keep every text (the body's shingles) alive as long as its article, through
    // rendering, until the collector finalised the table; a plain table goes with the memo.
    private readonly ConditionalWeakTable<Article, StoryText>? _kept = keepIndex ? new() : null;
    private readonly ConcurrentDictionary<Article, StoryText>? _scoped = keepIndex ? null : new(ReferenceEqualityComparer.Instance);

    internal StoryText TextOf(Article article) => _kept is not null ? _kept.GetValue(article, StoryText.Of) : _scoped!.GetOrAdd(article, StoryText.Of);

    internal bool KeepsIndex => keepIndex;

    /// <summary>The last grouping, when kept; taken by the next one, which puts back its own.</summary>
    internal StoryIndex? Index { get; set; }
}
