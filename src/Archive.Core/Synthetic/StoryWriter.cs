using System.Globalization;

namespace Archive.Core.Synthetic;

/// <summary>Writes the story for capture <c>index</c> from its own generator, so capture i is the same whatever the count.</summary>
internal static class StoryWriter
{
    public static SyntheticStory Write(SyntheticOptions options, int index)
    {
        var random = SyntheticRandom.For(options.Seed, index);
        var source = random.Pick(Vocabulary.Sources);
        var topic = random.Pick(Vocabulary.Topics);
        var published = PublishedTime(random, options);
        var person = random.Pick(Vocabulary.People);
        var places = random.Sample(Vocabulary.Places, 2);
        var organisations = random.Sample(Vocabulary.Organisations, 2);
        var things = random.Sample(topic.Things, 2);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["place"] = places[0],
            ["place2"] = places[1],
            ["org"] = organisations[0],
            ["org2"] = organisations[1],
            ["thing"] = things[0],
            ["thing2"] = things.Count > 1 ? things[1] : things[0],
            ["problem"] = random.Pick(topic.Problems),
            ["person"] = person.Name,
            ["Short"] = person.ShortName,
            ["role"] = person.Role,
            ["pronoun"] = person.Honorific switch { "Ms" => "her", "Mr" => "his", _ => "their" },
            ["number"] = SyntheticText.Number(random.Between(3, 40)),
            ["percent"] = SyntheticText.Number(random.Between(2, 60)),
            ["money"] = Money(random),
            ["month"] = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(random.Between(1, 12)),
            ["weekday"] = random.Pick(Vocabulary.Weekdays),
            ["ordinal"] = random.Pick(Vocabulary.Ordinals),
            ["year0"] = SyntheticText.Number(published.Year - random.Between(2, 9)),
            ["yearAfter"] = SyntheticText.Number(published.Year + random.Between(1, 5)),
        };

        var title = SyntheticText.Fill(random.Pick(Vocabulary.Headlines), values);
        var paragraphs = Paragraphs(random, values);
        var tags = new List<string> { topic.Tag };
        foreach (var related in random.Sample(topic.Related, random.Between(0, 2)))
        {
            tags.Add(related);
        }

        if (random.Chance(40))
        {
            tags.Add(places[0]);
        }

        var subheading = paragraphs.Count > 5 && random.Chance(50) ? random.Pick(Vocabulary.Subheadings) : null;
        return new SyntheticStory
        {
            Index = index,
            Source = source,
            Title = title,
            Standfirst = SyntheticText.Fill(random.Pick(Vocabulary.Standfirsts), values),
            Reporter = random.Pick(Vocabulary.Reporters),
            ReporterRole = random.Pick(Vocabulary.ReporterRoles),
            Published = published,
            Captured = DateOnly.FromDateTime(published).AddDays(random.Between(0, 400)),
            Paragraphs = paragraphs,
            Subheading = subheading,
            SubheadingAt = subheading is null ? 0 : random.Between(3, paragraphs.Count - 2),
            Tags = tags,
            Promoted = Promoted(random),
            Slug = SyntheticText.Slug(title),
        };
    }

    private static DateTime PublishedTime(SyntheticRandom random, SyntheticOptions options)
    {
        var first = new DateOnly(options.FirstYear, 1, 1);
        var days = new DateOnly(options.LastYear, 12, 31).DayNumber - first.DayNumber + 1;
        var day = first.AddDays(random.Next(days));
        return day.ToDateTime(new TimeOnly(random.Between(6, 22), random.Next(60)));
    }

    private static string Money(SyntheticRandom random) =>
        random.Chance(50)
            ? "£" + SyntheticText.Number(random.Between(2, 900)) + "m"
            : "€" + SyntheticText.Number(random.Between(1, 40)) + "." + SyntheticText.Number(random.Next(10)) + "bn";

    /// <summary>The first paragraph introduces the story, the main person is quoted once, and later paragraphs draw on the templates without repeats.</summary>
    private static List<string> Paragraphs(SyntheticRandom random, Dictionary<string, string> values)
    {
        var sentences = random.Sample(Vocabulary.Sentences, Vocabulary.Sentences.Length);
        // The story opens with what happened, then names its main person in full before any "Ms Strand".
        sentences.Remove(Vocabulary.Sentences[0]);
        sentences.Remove(Vocabulary.Sentences[2]);
        sentences.InsertRange(0, [Vocabulary.Sentences[0], Vocabulary.Sentences[2]]);
        var count = random.Between(5, 10);
        var paragraphs = new List<string>(count + 1);
        var next = 0;
        for (var p = 0; p < count && next < sentences.Count; p++)
        {
            var take = p < 2 ? 1 : random.Between(1, 2);
            var parts = sentences.Skip(next).Take(take).Select(s => SyntheticText.Fill(s, values));
            paragraphs.Add(string.Join(' ', parts));
            next += take;
        }

        var quote = SyntheticText.Fill(random.Pick(Vocabulary.Quotes), values);
        paragraphs.Insert(Math.Min(2, paragraphs.Count), $"\"{quote.TrimEnd('.')},\" {values["Short"]} said.");
        return paragraphs;
    }

    private static List<string> Promoted(SyntheticRandom random) =>
        Enumerable.Range(0, 4).Select(_ => OtherHeadline(random)).ToList();

    private static string OtherHeadline(SyntheticRandom random)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["place"] = random.Pick(Vocabulary.Places),
            ["place2"] = random.Pick(Vocabulary.Places),
            ["org"] = random.Pick(Vocabulary.Organisations),
            ["thing"] = random.Pick(random.Pick(Vocabulary.Topics).Things),
            ["problem"] = random.Pick(random.Pick(Vocabulary.Topics).Problems),
            ["person"] = random.Pick(Vocabulary.People).Name,
            ["number"] = SyntheticText.Number(random.Between(3, 40)),
            ["money"] = Money(random),
            ["ordinal"] = random.Pick(Vocabulary.Ordinals),
        };
        return SyntheticText.Fill(random.Pick(Vocabulary.Headlines), values);
    }
}
