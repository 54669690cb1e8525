using Archive.Core.Analysis.Stories;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Stories;

public sealed class StoryVersionsTests
{
    private const string First = "Diplomats meeting in Geneva agreed first steps to ease tension after seven hours of talks.";
    private const string Second = "Diplomats meeting in Geneva agreed first steps to ease tension after eight hours of talks.";

    [Fact]
    public void Captures_of_one_text_have_no_versions()
    {
        var articles = new[] { Capture("a.html", "2024-03-01", "Talks", First), Capture("b.html", "2024-03-05", "Talks", First) };

        Assert.Empty(StoryVersions.Of(articles, [0, 1], 0));
    }

    [Fact]
    public void A_changed_text_is_a_version_keyed_by_the_day_it_was_first_captured_oldest_first()
    {
        var articles = new[]
        {
            Capture("late.html", "2024-03-09", "Talks", Second),
            Capture("early.html", "2024-03-01", "Talks", First),
            Capture("again.html", "2024-03-05", "Talks", First),
        };

        var versions = StoryVersions.Of(articles, [0, 1, 2], 0);

        Assert.Equal(["2024-03-01", "2024-03-09"], versions.Select(v => v.Key));
        Assert.Equal(["early.html", "again.html"], versions[0].SourcePaths);
        Assert.Equal(Second, Assert.Single(versions[1].Body).Text);
    }

    [Fact]
    public void Two_texts_first_captured_on_one_day_get_distinct_keys()
    {
        var articles = new[] { Capture("a.html", "2024-03-01", "Talks", First), Capture("b.html", "2024-03-01", "Talks end", First) };

        Assert.Equal(["2024-03-01", "2024-03-01-2"], StoryVersions.Of(articles, [0, 1], 0).Select(v => v.Key));
    }

    [Fact]
    public void Only_captures_of_the_best_captures_format_are_compared()
    {
        // A text dump's body differs from the saved page's by what each reader keeps, not by what the publisher changed.
        var articles = new[] { Capture("a.html", "2024-03-01", "Talks", First), Capture("a.txt", "2024-03-02", "Home | Talks", "Menu", First, "Share this") with { Format = CaptureFormat.Text } };

        Assert.Empty(StoryVersions.Of(articles, [0, 1], 0));
    }

    private static Article Capture(string path, string captured, string title, params string[] paragraphs) => new()
    {
        SourcePath = path,
        Format = CaptureFormat.Html,
        Title = title,
        Captured = DateOnly.Parse(captured, System.Globalization.CultureInfo.InvariantCulture),
        Body = paragraphs.Select(p => new Block(BlockKind.Paragraph, p)).ToList(),
    };
}
