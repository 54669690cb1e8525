using System.Runtime.CompilerServices;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Stories;

/// <summary>
/// What story grouping worked out per capture, kept across the builds of one process. A preview's unchanged articles
/// are the same objects from one rebuild to the next, so each body is shingled and hashed once
/// (<see cref="StoryText"/>). Signatures also depend on which shingles are frequent across the archive: they are kept
/// while every frequency counter stays on the same side of <see cref="StoryOptions.MaxShingleFrequency"/>, which
/// leaves every capture's distinctive shingles, and so its signature, as they were. Thread-safe.
/// </summary>
public sealed class StoryMemo
{
    private readonly ConditionalWeakTable<Article, StoryText> _texts = new();
    private readonly Lock _gate = new();
    private ConditionalWeakTable<Article, StorySignature> _signatures = new();
    private ShingleFrequency? _frequency;
    private StoryOptions? _options;

    internal StoryText TextOf(Article article) => _texts.GetValue(article, StoryText.Of);

    /// <summary>The signature maker for this build's frequencies: it returns a kept signature when the frequencies still allow it.</summary>
    internal Func<Article, StoryText, StorySignature> Signatures(ShingleFrequency frequency, StoryOptions options)
    {
        ConditionalWeakTable<Article, StorySignature> table;
        lock (_gate)
        {
            if (_frequency is null || _options != options || !frequency.SameSideAs(_frequency, options.MaxShingleFrequency))
            {
                _signatures = new();
            }

            _frequency = frequency;
            _options = options;
            table = _signatures;
        }

        return (article, text) => table.GetValue(article, _ => StorySignature.Of(text, frequency, options));
    }
}
