using System.Text.Json;
using Archive.Core.Tests.Support;
using Archive.Core.Model;
using Archive.Core.Normalization;
using Archive.Core.Normalization.Text;

namespace Archive.Core.Tests.Normalization.Text;

/// <summary>
/// Golden cases: each folder under Fixtures/Normalization/Text holds capture.txt, the expected body
/// (expected.txt, blocks separated by blank lines) and optionally expected.json with other fields. Every case is read
/// by the default reader and by the hand rules alone, so both keep to it.
/// </summary>
public sealed class TextCaptureGoldenTests
{
    private static readonly string FixtureRoot = GoldenCases.Root("Normalization", "Text");

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var name in Directory.GetDirectories(FixtureRoot).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal))
        {
            cases.Add(name, "default");
            cases.Add(name, "rules");
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Capture_reads_as_expected(string name, string reader)
    {
        // Arrange
        var directory = Path.Combine(FixtureRoot, name);
        var capture = File.ReadAllText(Path.Combine(directory, "capture.txt"));
        var expectedBody = Normalize(File.ReadAllText(Path.Combine(directory, "expected.txt")));
        var fieldsPath = Path.Combine(directory, "expected.json");

        // Act
        var textReader = reader == "rules" ? new TextCaptureReader(null) : new TextCaptureReader();
        var article = textReader.Read(CaptureInput.FromText($"{name}/capture.txt", capture), SourceRules.None).Article;

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
