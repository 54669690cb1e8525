using System.Globalization;
using System.Text;

namespace Archive.Core.Synthetic;

/// <summary>
/// A story as a browser's "copy all" of the whole page: navigation lines, headline, standfirst, byline,
/// a date line in the source's style, body paragraphs (and a subheading), share links, a topic list,
/// a promo rail and a copyright footer, all separated by blank lines.
/// </summary>
internal static class TextDumpFormat
{
    private static readonly string[] TopicHeadings = ["More on this story", "Topics", "More on this story", "Related topics"];

    public static string Render(SyntheticStory story)
    {
        var text = new StringBuilder(4096);
        foreach (var item in story.Source.Navigation)
        {
            text.Append(item).Append('\n');
        }

        text.Append('\n').Append(story.Title).Append("\n\n");
        if (story.Source.DateStyle != 2)
        {
            text.Append(story.Standfirst).Append("\n\n");
        }

        text.Append(story.Source.DateStyle switch
        {
            1 => $"{story.Reporter}\n{story.ReporterRole}",
            3 => $"By {story.Reporter.ToUpperInvariant()}",
            _ => $"By {story.Reporter}, {story.ReporterRole}",
        }).Append("\n\n");
        text.Append(DateLine(story)).Append("\n\n");
        for (var i = 0; i < story.Paragraphs.Count; i++)
        {
            if (story.Subheading is not null && i == story.SubheadingAt)
            {
                text.Append(story.Subheading).Append("\n\n");
            }

            text.Append(story.Paragraphs[i]).Append("\n\n");
        }

        text.Append("Share this page\nFacebook\nX\nEmail\n\n");
        text.Append(TopicHeadings[story.Source.DateStyle]).Append("\n\n");
        foreach (var tag in story.Tags)
        {
            text.Append(tag).Append("\n\n");
        }

        text.Append(Vocabulary.PromoHeadings[story.Index % Vocabulary.PromoHeadings.Length]).Append("\n\n");
        foreach (var promoted in story.Promoted)
        {
            text.Append(promoted).Append('\n');
        }

        text.Append('\n').Append(CultureInfo.InvariantCulture, $"Copyright © {story.Published.Year} {story.Source.Name}. All rights reserved.").Append('\n');
        return text.ToString();
    }

    private static string DateLine(SyntheticStory story)
    {
        var format = story.Source.DateStyle switch
        {
            0 => "d MMMM yyyy 'Last updated at' HH:mm",
            1 => "dddd d MMMM yyyy HH'.'mm",
            2 => "MMMM d, yyyy",
            _ => "'Published:' yyyy-MM-dd HH:mm",
        };
        return story.Published.ToString(format, CultureInfo.InvariantCulture);
    }
}
