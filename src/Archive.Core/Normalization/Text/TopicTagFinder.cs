namespace Archive.Core.Normalization.Text;

/// <summary>
/// The publisher's topic links: short lines listed under a heading such as "More on this story" or
/// "Topics", up to the next heading ("More Europe stories"), or a "Tags: a, b, c" line.
/// </summary>
internal static class TopicTagFinder
{
    private const int MaxTags = 20;

    /// <summary>Words an entry of a tag list may have ("climate change", "European Central Bank").</summary>
    private const int MaxTagWords = 6;

    /// <summary>
    /// Whether the line is a list of topics behind a topic label and a colon ("Tags: farming, Norway, climate",
    /// "Filed under: Science | Space"): entries of a few words, separated by commas, semicolons or bars, none a sentence.
    /// Such a line is the article's metadata wherever it stands, never its body (<see cref="CaptureLines"/> marks it).
    /// </summary>
    public static bool IsTagList(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > 30 || line.Length > 400 || !BoilerplateMarkers.IsTopicHeading(line[..colon]))
        {
            return false;
        }

        var list = line[(colon + 1)..].Trim();
        if (list.IsEmpty || list[^1] is '.' or '!' or '?')
        {
            return false;
        }

        foreach (var range in list.SplitAny(",;|"))
        {
            var entry = list[range].Trim();
            var words = 0;
            foreach (var word in entry.Split(' '))
            {
                words += entry[word].IsEmpty ? 0 : 1;
            }

            if (words > MaxTagWords)
            {
                return false;
            }
        }

        return true;
    }

    public static List<string> Find(CaptureLines c, int from)
    {
        var tags = new List<string>();
        for (var i = Math.Max(0, from); i < c.Count && tags.Count < MaxTags; i++)
        {
            var span = c.Span(i);
            if (c.Markers[i] == TextDropReasons.TagList)
            {
                c.Roles[i] = LineRole.Tag; // read as metadata, not reported as dropped
                AddList(span[(span.IndexOf(':') + 1)..], tags);
                continue;
            }

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
