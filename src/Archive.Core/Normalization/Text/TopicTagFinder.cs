namespace Archive.Core.Normalization.Text;

/// <summary>
/// The publisher's topic links: short lines listed under a heading such as "More on this story" or
/// "Topics", up to the next heading ("More Europe stories"), or a "Tags: a, b, c" line.
/// </summary>
internal static class TopicTagFinder
{
    private const int MaxTags = 20;

    public static List<string> Find(CaptureLines c, int from)
    {
        var tags = new List<string>();
        for (var i = Math.Max(0, from); i < c.Count && tags.Count < MaxTags; i++)
        {
            var span = c.Span(i);
            if (!BoilerplateMarkers.IsTopicHeading(span))
            {
                continue;
            }

            var colon = span.IndexOf(':');
            if (colon >= 0 && colon + 1 < span.Length)
            {
                AddList(span[(colon + 1)..], tags);
                continue;
            }

            for (var j = i + 1; j < c.Count && tags.Count < MaxTags; j++)
            {
                ref readonly var f = ref c.Features[j];
                if (c.Markers[j] is not null || f.GluedJoins > 0 || f.EffectiveWords is 0 or > 5 || f.EndsTerminal || f.HasUrl)
                {
                    break;
                }

                c.Roles[j] = LineRole.Tag;
                Add(c.Span(j), tags);
            }
        }

        return tags;
    }

    private static void AddList(ReadOnlySpan<char> list, List<string> tags)
    {
        foreach (var range in list.SplitAny(",;|"))
        {
            Add(list[range], tags);
        }
    }

    private static void Add(ReadOnlySpan<char> tag, List<string> tags)
    {
        tag = tag.Trim().Trim("#•·".AsSpan()).Trim();
        if (tag.Length is 0 or > 60)
        {
            return;
        }

        foreach (var existing in tags)
        {
            if (tag.Equals(existing, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        tags.Add(tag.ToString());
    }
}
