using System.Globalization;
using System.Text;

namespace Archive.Core.Synthetic;

/// <summary>
/// A deterministic archive of invented captures for tests and benchmarks: text dumps, saved HTML pages and
/// a few Markdown notes, from eight publishers, spread over the years in <see cref="SyntheticOptions"/>.
/// The same options give the same files, byte for byte, on every machine; capture <c>i</c> does not depend
/// on the count, so a larger archive extends a smaller one.
/// </summary>
public static class SyntheticArchive
{
    private const ulong KindStream = 0x5EED_CA97_0000_0001UL;
    private const ulong CopyStream = 0x5EED_CA97_0000_0002UL;

    // A repeated or syndicated capture copies one of the stories this many captures before it.
    private const int CopyWindow = 20;
    private const int MaxSlugLength = 60;

    public static IEnumerable<SyntheticCapture> Generate(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.FirstYear, options.LastYear);
        for (var index = 0; index < options.Count; index++)
        {
            yield return Capture(options, index);
        }
    }

    /// <summary>Writes the captures under <paramref name="directory"/> and returns how many were written.</summary>
    public static int WriteTo(string directory, SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var written = 0;
        foreach (var capture in Generate(options))
        {
            var path = Path.Combine(directory, capture.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, capture.Content, utf8);
            written++;
        }

        return written;
    }

    private static SyntheticCapture Capture(SyntheticOptions options, int index)
    {
        var story = StoryWriter.Write(options, index);
        var (told, copied) = (index, SyntheticCopy.None);
        if (index > 0 && options.RepeatedPercent + options.SyndicatedPercent > 0)
        {
            // Drawn from a stream of their own, so an archive without copies is the one it always was.
            var copy = SyntheticRandom.For(options.Seed ^ CopyStream, index);
            var roll = copy.Next(100);
            var earlier = index - 1 - copy.Next(Math.Min(index, CopyWindow));
            if (roll < options.RepeatedPercent)
            {
                var original = StoryWriter.Write(options, earlier);
                story = original with { Index = index, Captured = original.Captured.AddDays(copy.Between(1, 30)) };
                (told, copied) = (earlier, SyntheticCopy.Repeated);
            }
            else if (roll < options.RepeatedPercent + options.SyndicatedPercent)
            {
                var original = StoryWriter.Write(options, earlier);
                var others = Vocabulary.Sources.Where(s => s != original.Source).ToList();
                story = original with { Index = index, Source = copy.Pick(others) };
                (told, copied) = (earlier, SyntheticCopy.Syndicated);
            }
        }

        var kind = SyntheticRandom.For(options.Seed ^ KindStream, index);
        var slug = story.Slug.Length <= MaxSlugLength ? story.Slug : story.Slug[..MaxSlugLength].TrimEnd('-');
        var name = string.Create(CultureInfo.InvariantCulture, $"{index:D5}-{slug}");
        var year = story.Published.Year.ToString(CultureInfo.InvariantCulture);
        var published = DateOnly.FromDateTime(story.Published);
        var capture = kind.Chance(4)
            ? new SyntheticCapture(
                $"notes/{year}/{name}.md", MarkdownNoteFormat.Render(story), MarkdownNoteFormat.Title(story), published, MarkdownNoteFormat.Source, [.. story.Tags, MarkdownNoteFormat.Tag])
            : kind.Chance(story.Source.HtmlShare)
                ? new SyntheticCapture($"{year}/{story.Source.Slug}/{name}.html", HtmlPageFormat.Render(story), story.Title, published, story.Source.Name, story.Tags)
                : new SyntheticCapture($"{year}/{story.Source.Slug}/{name}.txt", TextDumpFormat.Render(story), story.Title, published, story.Source.Name, story.Tags);
        return capture with { Story = told, Publisher = story.Source.Name, Copy = copied };
    }
}
