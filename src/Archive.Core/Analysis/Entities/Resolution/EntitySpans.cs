using Archive.Core.Analysis.Entities.Tagging;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>Reads PER, ORG and LOC spans off IOB2 tags (MISC spans are not site entities).</summary>
internal static class EntitySpans
{
    public static IEnumerable<EntitySpan> FromTags(IReadOnlyList<string> tokens, IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(tags);
        var start = -1;
        var type = "";
        for (var i = 0; i <= tokens.Count; i++)
        {
            var tag = i < tokens.Count ? tags[i] : "O";
            var continues = tag.StartsWith("I-", StringComparison.Ordinal) && tag.AsSpan(2).SequenceEqual(type);
            if (start >= 0 && !continues)
            {
                if (KindOf(type) is { } kind)
                {
                    yield return new EntitySpan(tokens.Skip(start).Take(i - start).ToArray(), kind);
                }

                start = -1;
                type = "";
            }

            if (tag != "O" && !continues)
            {
                start = i;
                type = tag[2..];
            }
        }
    }

    private static EntityKind? KindOf(string type) => type switch
    {
        "PER" => EntityKind.Person,
        "LOC" => EntityKind.Place,
        "ORG" => EntityKind.Organisation,
        _ => null,
    };
}
