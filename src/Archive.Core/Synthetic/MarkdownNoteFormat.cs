using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Archive.Core.Synthetic;

/// <summary>A story retold as an archivist's Markdown note with YAML front matter: a heading, a list, a quotation.</summary>
internal static class MarkdownNoteFormat
{
    private static readonly JsonSerializerOptions YamlStrings = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public const string Source = "Archive notes";
    public const string Tag = "Reading notes";

    public static string Title(SyntheticStory story) => "Notes: " + story.Title;

    public static string Render(SyntheticStory story)
    {
        var tags = story.Tags.Append(Tag).Select(Quote);
        var note = new StringBuilder(2048);
        note.Append("---\n");
        note.Append("title: ").Append(Quote(Title(story))).Append('\n');
        note.Append("published: ").Append(story.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        note.Append("source: ").Append(Source).Append('\n');
        note.Append("byline: The archivist\n");
        note.Append("tags: [").Append(string.Join(", ", tags)).Append("]\n");
        note.Append("---\n\n");
        note.Append("# Reading notes\n\n");
        note.Append(story.Paragraphs[0]).Append("\n\n");
        note.Append("## What the captures show\n\n");
        foreach (var paragraph in story.Paragraphs.Skip(1).Take(3))
        {
            note.Append("- ").Append(paragraph.Replace("\"", "", StringComparison.Ordinal)).Append('\n');
        }

        note.Append('\n').Append("> ").Append(story.Standfirst).Append("\n\n");
        note.Append(CultureInfo.InvariantCulture, $"Captured from {story.Source.Name} on {story.Captured.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}.\n");
        return note.ToString();
    }

    /// <summary>A YAML double-quoted scalar (JSON strings are valid YAML).</summary>
    private static string Quote(string value) => System.Text.Json.Nodes.JsonValue.Create(value).ToJsonString(YamlStrings);
}
