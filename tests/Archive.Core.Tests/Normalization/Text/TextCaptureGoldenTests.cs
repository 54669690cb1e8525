using System.Text.Json;
using Archive.Core.Model;
using Archive.Core.Normalization;
using Archive.Core.Normalization.Text;

namespace Archive.Core.Tests.Normalization.Text;

/// <summary>
/// Golden cases: each folder under Fixtures/Normalization/Text holds capture.txt, the expected body
/// (expected.txt, blocks separated by blank lines) and optionally expected.json with other fields.
/// </summary>
public sealed class TextCaptureGoldenTests
{
    private static readonly string FixtureRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Normalization", "Text");

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
    public void Capture_reads_as_expected(string name)
    {
        // Arrange
        var directory = Path.Combine(FixtureRoot, name);
        var capture = File.ReadAllText(Path.Combine(directory, "capture.txt"));
        var expectedBody = Normalize(File.ReadAllText(Path.Combine(directory, "expected.txt")));
        var fieldsPath = Path.Combine(directory, "expected.json");

        // Act
        var article = new TextCaptureReader().Read(CaptureInput.FromText($"{name}/capture.txt", capture), SourceRules.None).Article;

        // Assert
        Assert.Equal(expectedBody, Normalize(article.BodyText));
        if (File.Exists(fieldsPath))
        {
            using var fields = JsonDocument.Parse(File.ReadAllText(fieldsPath));
            AssertFields(fields.RootElement, article);
        }
    }

    private static void AssertFields(JsonElement expected, Article article)
    {
        foreach (var field in expected.EnumerateObject())
        {
            switch (field.Name)
            {
                case "title":
                    Assert.Equal(field.Value.GetString(), article.Title);
                    break;
                case "standfirst":
                    Assert.Equal(field.Value.GetString(), article.Standfirst);
                    break;
                case "byline":
                    Assert.Equal(field.Value.GetString(), article.Byline);
                    break;
                case "dateline":
                    Assert.Equal(field.Value.GetString(), article.Dateline);
                    break;
                case "sourceName":
                    Assert.Equal(field.Value.GetString(), article.SourceName);
                    break;
                case "captions":
                    Assert.Equal(Strings(field.Value), article.Captions);
                    break;
                case "tags":
                    Assert.Equal(Strings(field.Value), article.Tags);
                    break;
                case "kinds":
                    Assert.Equal(Strings(field.Value), article.Body.Select(b => b.Kind.ToString()));
                    break;
                default:
                    Assert.Fail($"Unknown field '{field.Name}' in expected.json");
                    break;
            }
        }
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString() ?? "").ToList();

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
