using Archive.Core.Analysis.Entities.Tagging;

namespace Archive.Core.Analysis.Entities.Kinds;

/// <summary>
/// The features the kind model reads off one mention: what the name is made of (its words lower-cased, its first
/// and last word, the last word's ending, the shape of the whole name, digits and capitals inside a word, as in
/// "iPhone 11" or "PlayStation 4") and the two words on either side ("the new ...", "... app", "play ...",
/// "... said"). Hashed to 32-bit keys with <see cref="FeatureHash"/>; the bias is key 1.
/// </summary>
internal static class KindFeatures
{
    public const uint Bias = 1;

    public static List<uint> Of(IReadOnlyList<string> sentence, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var keys = new List<uint>(24) { Bias };
        var digits = false;
        var innerCapital = false;
        var shape = FeatureHash.Offset;
        for (var i = start; i < end; i++)
        {
            var word = sentence[i];
            var lower = word.ToLowerInvariant();
            keys.Add(FeatureHash.Key(1, FeatureHash.Of(lower)));
            digits |= word.Any(char.IsDigit);
            innerCapital |= word.Skip(1).Any(char.IsUpper) && word.Any(char.IsLower);
            shape = (shape ^ TokenShape.CollapsedHash(word)) * FeatureHash.Prime;
        }

        var first = sentence[start].ToLowerInvariant();
        var last = sentence[end - 1].ToLowerInvariant();
        keys.Add(FeatureHash.Key(2, FeatureHash.Of(first)));
        keys.Add(FeatureHash.Key(3, FeatureHash.Of(last)));
        keys.Add(FeatureHash.Key(4, FeatureHash.Of(last.Length > 3 ? last.AsSpan(last.Length - 3) : last)));
        keys.Add(FeatureHash.Key(5, shape));
        keys.Add(FeatureHash.Key(6, FeatureHash.Of(Math.Min(end - start, 4))));
        keys.Add(FeatureHash.Key(7, FeatureHash.Of((digits ? 1 : 0) | (innerCapital ? 2 : 0))));
        keys.Add(FeatureHash.Key(8, Around(sentence, start - 1)));
        keys.Add(FeatureHash.Key(9, Around(sentence, start - 2)));
        keys.Add(FeatureHash.Key(10, Around(sentence, end)));
        keys.Add(FeatureHash.Key(11, Around(sentence, end + 1)));
        keys.Add(FeatureHash.Key(12, Around(sentence, start - 1), FeatureHash.Of(last)));
        return keys;
    }

    private static ulong Around(IReadOnlyList<string> sentence, int i) =>
        i < 0 ? FeatureHash.Of("<s>") : i >= sentence.Count ? FeatureHash.Of("</s>") : FeatureHash.Of(sentence[i].ToLowerInvariant());
}
