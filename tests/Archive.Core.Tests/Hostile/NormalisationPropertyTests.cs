using System.Text;
using AngleSharp.Html.Parser;
using Archive.Core.Inputs;
using Archive.Core.Model;
using Archive.Core.Normalization;
using Archive.Core.Rendering;
using CsCheck;

namespace Archive.Core.Tests.Hostile;

/// <summary>
/// Property tests over generated captures: whatever the bytes, normalisation never throws, and what it
/// yields renders to markup made only of the elements the generator writes, with every text escaped.
/// </summary>
public sealed class NormalisationPropertyTests
{
    private static readonly string[] Fragments =
    [
        "Home", "News", "More on this story", "Share this page", "Copyright © 2015 Example. All rights reserved.",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "\"quoted\"", "&amp; &lt; &#0;",
        "The minister said the talks would continue next week, despite the lack of progress so far.",
        "Published 30 March 2014", "By Jane Doe", "---", "title: x", "\u0000", "\u202E", "🎉", "مرحبا", "北京",
        "<div>", "</div>", "<p>", "</p>", "<!--", "-->", "<![CDATA[", "]]>", "<svg onload=alert(1)>", "<style>*{}</style>",
        "  ", "\t", "\r", "Mukesh SinghNo remorse", "{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-11-05T23:30:00-05:00\"}",
    ];

    private static readonly Gen<string> Line = Gen.OneOf<string>(Gen.OneOf(Fragments), Gen.String[0, 80]);

    private static readonly Gen<string> Capture = Gen.Select(Line.Array[0, 40], Gen.Bool, (lines, blankLines) => string.Join(blankLines ? "\n\n" : "\n", lines));

    private static readonly Gen<byte[]> RawBytes = Gen.Byte.Array[0, 2000];

    private static readonly HashSet<string> AllowedElements = ["html", "head", "body", "p", "h2", "blockquote", "ul", "ol", "li"];

    [Theory]
    [InlineData("capture.txt")]
    [InlineData("page.html")]
    [InlineData("note.md")]
    public void Normalising_any_text_never_throws_and_renders_only_safe_markup(string path)
    {
        var processor = new CaptureProcessor(new SiteSettings(), CaptureReaderRegistry.CreateDefault());
        Capture.Sample(text => Check(processor.Process(new CaptureFile(path, Encoding.UTF8.GetBytes(text)))), iter: 300);
    }

    [Theory]
    [InlineData("capture.txt")]
    [InlineData("page.html")]
    [InlineData("note.md")]
    public void Normalising_any_bytes_never_throws(string path)
    {
        var processor = new CaptureProcessor(new SiteSettings(), CaptureReaderRegistry.CreateDefault());
        RawBytes.Sample(bytes => Check(processor.Process(new CaptureFile(path, bytes))), iter: 300);
    }

    private static void Check(CaptureResult result)
    {
        var article = result.Article;
        Assert.DoesNotContain(article.Body, b => b.Text.Any(c => char.IsControl(c) && c != '\n'));
        Assert.NotNull(article.Title);
        Assert.All(article.Body, block => Assert.False(string.IsNullOrWhiteSpace(block.Text) && block.Figure is null, "empty block"));
        Assert.All(article.Body.Where(b => b.Figure is not null), block => Assert.Equal(("", BlockKind.Figure), (block.Text, block.Kind)));
        var html = BodyHtml.Render(article.Body).Value;
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            Assert.Contains(element.LocalName, AllowedElements);
            Assert.Empty(element.Attributes);
        }

        Assert.Equal(string.Concat(article.Body.Select(b => b.Text)), string.Concat(document.Body!.Children.SelectMany(Leaves).Select(e => e.TextContent)));
    }

    private static IEnumerable<AngleSharp.Dom.IElement> Leaves(AngleSharp.Dom.IElement element) =>
        element.Children.Length == 0 ? [element] : element.Children.SelectMany(Leaves);
}
