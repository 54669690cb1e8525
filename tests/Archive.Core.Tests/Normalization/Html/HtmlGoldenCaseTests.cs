using System.Text.Json;
using Archive.Core.Model;
using Archive.Core.Normalization;
using Archive.Core.Normalization.Html;

namespace Archive.Core.Tests.Normalization.Html;

/// <summary>
/// Golden cases: <c>Fixtures/Normalization/Html/NNN-case/page.html</c> with the expected body in
/// <c>expected.txt</c> (exactly <see cref="Article.BodyText"/>) and, optionally, fields in <c>expected.json</c>.
/// </summary>
public sealed class HtmlGoldenCaseTests
{
    private static readonly string FixtureRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Normalization", "Html");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.GetDirectories(FixtureRoot).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Body_of_the_saved_page_matches_the_expected_text(string caseName)
    {
        var article = Read(caseName);

        var expected = File.ReadAllText(Path.Combine(FixtureRoot, caseName, "expected.txt")).ReplaceLineEndings("\n").TrimEnd('\n');
        Assert.Equal(expected, article.BodyText);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Metadata_of_the_saved_page_matches_the_expected_fields(string caseName)
    {
        var path = Path.Combine(FixtureRoot, caseName, "expected.json");
        if (!File.Exists(path))
        {
            return;
        }

        var article = Read(caseName);
        using var expected = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var field in expected.RootElement.EnumerateObject())
        {
            switch (field.Name)
            {
                case "title":
                    Assert.Equal(field.Value.GetString(), article.Title);
                    break;
                case "byline":
                    Assert.Equal(field.Value.GetString(), article.Byline);
                    break;
                case "source":
                    Assert.Equal(field.Value.GetString(), article.SourceName);
                    break;
                case "canonicalUrl":
                    Assert.Equal(field.Value.GetString(), article.CanonicalUrl);
                    break;
                case "section":
                    Assert.Equal(field.Value.GetString(), article.Section);
                    break;
                case "standfirst":
                    Assert.Equal(field.Value.GetString(), article.Standfirst);
                    break;
                case "tags":
                    Assert.Equal(Strings(field.Value), article.Tags);
                    break;
                case "captions":
                    Assert.Equal(Strings(field.Value), article.Captions);
                    break;
                default:
                    Assert.Fail($"Unknown field '{field.Name}' in {path}.");
                    break;
            }
        }
    }

    private static Article Read(string caseName)
    {
        var path = Path.Combine(FixtureRoot, caseName, "page.html");
        var result = new HtmlCaptureReader().Read(CaptureInput.FromBytes(path, File.ReadAllBytes(path)), SourceRules.None);
        Assert.Empty(result.Diagnostics);
        return result.Article;
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString() ?? "").ToList();
}
