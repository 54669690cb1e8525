using System.Globalization;
using System.Text.Json;
using Archive.Core.Engine;

namespace Archive.Cli.Tests.Preview;

/// <summary>
/// One timed edit of the preview benchmark: the page to open before it, the change made on disk, and the script
/// condition that is true once the reloaded page shows the change. <see cref="Setup"/> runs untimed before it (and
/// must itself be shown, by <see cref="SetupShown"/>, before the edit starts); <see cref="Undo"/> runs untimed after.
/// </summary>
internal sealed record PreviewEdit(string Page, Action Apply, string Shown, Action? Setup = null, string? SetupShown = null, Action? Undo = null);

/// <summary>
/// The kinds of edit a user makes while previewing (issue 22): a word in the body, a capitalised word the tagger
/// may take for an entity, and the facts other pages show — title, standfirst, date, source, tags (by sidecar,
/// which adds one), a sidecar removed, a new capture, a deleted capture, and a change to the article layout.
/// </summary>
internal sealed class PreviewEdits
{
    public static readonly string[] Kinds = ["text", "name", "title", "standfirst", "date", "source", "tag", "unsidecar", "new", "delete", "template"];

    private readonly BuildPaths _paths;
    private readonly string _capture;
    private readonly string _permalink;
    private readonly string _day;
    private readonly string _otherDay;
    private string? _title;

    private PreviewEdits(BuildPaths paths, string capture, string permalink, string otherDay)
    {
        _paths = paths;
        _capture = Path.Combine(paths.Input, capture);
        _permalink = permalink;
        _day = DayOf(permalink)!;
        _otherDay = otherDay;
    }

    /// <summary>The first dated text-dump article of the last build, and a day of another article for date edits.</summary>
    public static PreviewEdits ForSite(BuildPaths paths)
    {
        using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(paths.Output, "build-report.json")));
        var built = report.RootElement.EnumerateArray()
            .Where(e => e.GetProperty("status").GetString() == "built")
            .Select(e => (Path: e.GetProperty("path").GetString()!, Permalink: e.GetProperty("permalink").GetString()!))
            .Where(e => DayOf(e.Permalink) is not null)
            .ToList();
        var first = built.First(e => e.Path.EndsWith(".txt", StringComparison.Ordinal) && !File.Exists(Path.Combine(paths.Input, e.Path + ".yml")));
        var other = built.First(e => DayOf(e.Permalink) != DayOf(first.Permalink));
        return new PreviewEdits(paths, first.Path, first.Permalink, DayOf(other.Permalink)!);
    }

    public string Permalink => _permalink;

    /// <summary>The article's headline as its page shows it; needed by edits that watch a list page.</summary>
    public void RememberTitle(string title) => _title ??= title;

    public PreviewEdit Plan(string kind, int index, string[] bodySentences)
    {
        var marker = Marker(index);
        var sidecar = _capture + ".yml";
        var title = (_title ?? throw new InvalidOperationException("RememberTitle first")).Replace("'", "\\'", StringComparison.Ordinal);
        switch (kind)
        {
            case "text":
            case "name":
                {
                    var original = File.ReadAllText(_capture);
                    var sentence = bodySentences.Select(p => p.Length > 30 ? p[..30] : p).First(p => original.Contains(p, StringComparison.Ordinal));
                    var space = sentence.IndexOf(' ', StringComparison.Ordinal);
                    var edited = kind == "text" && space > 0 ? $"{sentence[..space]} {marker.ToLowerInvariant()}{sentence[space..]}" : $"{marker} {sentence}";
                    var shownMarker = kind == "text" ? marker.ToLowerInvariant() : marker;
                    return new PreviewEdit(_permalink, () => File.WriteAllText(_capture, original.Replace(sentence, edited, StringComparison.Ordinal)), Includes(shownMarker));
                }

            case "title":
                return new PreviewEdit(_day, () => WriteSidecar(sidecar, $"title: Bench headline {marker}"), Includes(marker), Undo: () => File.Delete(sidecar));
            case "standfirst":
                return new PreviewEdit(_permalink, () => WriteSidecar(sidecar, $"standfirst: A bench standfirst {marker}."), Includes(marker), Undo: () => File.Delete(sidecar));
            case "source":
                return new PreviewEdit(_permalink, () => WriteSidecar(sidecar, $"source: Bench {marker} Gazette"), Includes(marker), Undo: () => File.Delete(sidecar));
            case "tag":
                return new PreviewEdit(_permalink, () => WriteSidecar(sidecar, $"tags: [Bench {marker}]"), Includes(marker), Undo: () => File.Delete(sidecar));
            case "date":
                // The article moves to another day; the watched day page shows its headline once it has moved.
                return new PreviewEdit(_otherDay, () => WriteSidecar(sidecar, $"published: {DateOf(_otherDay)}"), Includes(title), Undo: () => File.Delete(sidecar));
            case "unsidecar":
                return new PreviewEdit(_day, () => File.Delete(sidecar), $"() => !document.body.innerText.includes('{marker}') && document.body.innerText.includes('{title}')",
                    Setup: () => WriteSidecar(sidecar, $"title: Bench headline {marker}"), SetupShown: Includes(marker));
            case "new":
                {
                    var note = Path.Combine(_paths.Input, $"bench-note-{marker}.md");
                    return new PreviewEdit(_day, () => WriteNote(note, marker), Includes(marker), Undo: () => File.Delete(note));
                }

            case "delete":
                {
                    var note = Path.Combine(_paths.Input, $"bench-note-{marker}.md");
                    return new PreviewEdit(_day, () => File.Delete(note), $"() => !document.body.innerText.includes('{marker}')",
                        Setup: () => WriteNote(note, marker), SetupShown: Includes(marker));
                }

            case "template":
                {
                    var layout = Path.Combine(_paths.Theme, "layouts", "article.sbn");
                    var original = File.ReadAllText(layout);
                    return new PreviewEdit(_permalink, () => File.WriteAllText(layout, original + $"<!-- bench {marker} -->\n"),
                        $"() => document.documentElement.outerHTML.includes('bench {marker}')", Undo: () => File.WriteAllText(layout, original));
                }

            default:
                throw new ArgumentException($"Unknown edit kind '{kind}'; known: {string.Join(", ", Kinds)}.", nameof(kind));
        }
    }

    private void WriteNote(string path, string marker)
    {
        // Words of its own, so that story grouping cannot take it for a copy of an existing article.
        var words = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"{marker.ToLowerInvariant()}{(char)('a' + (i % 26))}{i}"));
        File.WriteAllText(path, $"---\ntitle: Bench note {marker}\npublished: {DateOf(_day)}\nsource: Bench Notes\n---\n\nThe bench note {marker} says {words}.\n");
    }

    private static void WriteSidecar(string path, string line) => File.WriteAllText(path, line + "\n");

    private static string Includes(string text) => $"() => document.body.innerText.includes('{text}')";

    /// <summary>Letters only: tag and entity rules drop tokens with digits, and a marker must survive them.</summary>
    private static string Marker(int index)
    {
        var letters = Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + (Convert.ToInt32(c.ToString(), 16) % 26)));
        return "Zq" + new string(letters.ToArray()) + (char)('a' + (index % 26));
    }

    /// <summary>"/2019/06/03/" of a dated permalink "/2019/06/03/slug/"; null when undated.</summary>
    private static string? DayOf(string permalink)
    {
        var parts = permalink.Trim('/').Split('/');
        return parts.Length >= 4 && parts[0].Length == 4 && parts[..3].All(p => p.All(char.IsAsciiDigit)) ? $"/{parts[0]}/{parts[1]}/{parts[2]}/" : null;
    }

    private static string DateOf(string day)
    {
        var parts = day.Trim('/').Split('/');
        return string.Create(CultureInfo.InvariantCulture, $"{parts[0]}-{parts[1]}-{parts[2]}");
    }
}
