using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Archive.Core.Building;
using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Hostile;

/// <summary>
/// Builds the hostile corpus (Fixtures/Hostile, plus a 50 MB capture and markup nested 100,000 deep made
/// here) once, and checks that nothing executes, nothing escapes the output folder and nothing is lost.
/// </summary>
public sealed class HostileCaptureTests : IClassFixture<HostileCaptureTests.HostileSite>
{
    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "iframe", "object", "embed", "form", "base", "style", "frame", "frameset", "applet", "input", "button", "textarea", "select", "math",
    };

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset"];

    private readonly HostileSite _site;

    public HostileCaptureTests(HostileSite site) => _site = site;

    [Fact]
    public void The_build_finishes_and_reports_problems_with_exit_code_1() =>
        Assert.Equal(1, _site.Outcome.ExitCode);

    [Fact]
    public void Every_capture_has_a_fate_in_the_build_report()
    {
        var captures = Directory.GetFiles(_site.Input, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".yml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(_site.Input, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(captures, _site.Outcome.Report.Select(e => e.Path));
    }

    [Fact]
    public void No_page_carries_script_event_handlers_or_dangerous_elements_and_urls()
    {
        var parser = new HtmlParser();
        var pages = Directory.GetFiles(_site.Output, "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var isSearchPage = Path.GetRelativePath(_site.Output, page) == Path.Combine("search", "index.html");
            foreach (var element in document.All)
            {
                var where = $"{Path.GetRelativePath(_site.Output, page)}: <{element.LocalName}>";

                // The search page, the theme's own, is the one page with a form and a script; nothing else of it is allowed.
                Assert.False(ForbiddenElements.Contains(element.LocalName) && !(isSearchPage && IsSearchControl(element)), where);
                if (element.LocalName == "script" && !(isSearchPage && IsSearchScript(element)))
                {
                    Assert.Equal("application/ld+json", element.GetAttribute("type"));
                    Assert.DoesNotContain("<", element.TextContent, StringComparison.Ordinal);
                }

                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{where} has {attribute.Name}");
                    Assert.NotEqual("style", attribute.Name);
                    if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
                    {
                        var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                        Assert.False(value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{where} {attribute.Name}={attribute.Value}");
                        Assert.False(value.StartsWith("data:", StringComparison.OrdinalIgnoreCase), $"{where} {attribute.Name}={attribute.Value}");
                        Assert.False(value.StartsWith("//", StringComparison.Ordinal), $"{where} {attribute.Name}={attribute.Value}");
                    }
                }
            }

            foreach (var svg in document.QuerySelectorAll("svg script"))
            {
                Assert.Fail($"{page}: script inside svg");
            }
        }
    }

    [Fact]
    public void The_search_page_has_exactly_its_own_form_and_script()
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_site.Output, "search", "index.html")));

        Assert.Single(document.QuerySelectorAll("form"), IsSearchControl);
        Assert.Single(document.QuerySelectorAll("script"), IsSearchScript);
        Assert.All(document.QuerySelectorAll("input, button"), control => Assert.True(IsSearchControl(control), control.OuterHtml));
    }

    /// <summary>The search form (GET to /search/ itself), its box and button, and the "show more" button.</summary>
    private static bool IsSearchControl(IElement element) => element.LocalName switch
    {
        "form" => element.GetAttribute("action") == "/search/" && element.GetAttribute("method") == "get" && element.ClassList.Contains("search-form"),
        "input" => element.Id == "search-query" && element.GetAttribute("type") == "search" && element.Closest("form.search-form") is not null,
        "button" => (element.GetAttribute("type") == "submit" && element.Closest("form.search-form") is not null) || element.Id == "search-more",
        _ => false,
    };

    /// <summary>The theme's search.js, fingerprinted, as a module from the site itself, with no inline code.</summary>
    private static bool IsSearchScript(IElement element) =>
        element.LocalName == "script" && element.GetAttribute("type") == "module" && element.TextContent.Length == 0 &&
        System.Text.RegularExpressions.Regex.IsMatch(element.GetAttribute("src") ?? "", @"^/assets/js/search\.[0-9a-f]+\.js$");

    [Fact]
    public void Capture_text_is_shown_escaped_not_dropped()
    {
        var page = FindPage("Plain headline for a capture whose sidecar is hostile", orTitleContaining: "sidecar title");

        Assert.Contains("&lt;script&gt;alert(&quot;sidecar title&quot;)&lt;/script&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_written_outside_the_output_folder()
    {
        var outside = Directory.GetFileSystemEntries(_site.Root)
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["input", "output"], outside);
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "..", "outside")));
        Assert.DoesNotContain(Directory.GetDirectories(_site.Output, "*", SearchOption.AllDirectories), d => d.Contains("etc", StringComparison.Ordinal) && d.Contains("passwd", StringComparison.Ordinal) && !Path.GetFileName(d).StartsWith("etc-passwd", StringComparison.Ordinal));
    }

    [Fact]
    public void Unicode_titles_keep_their_text_and_get_ascii_slugs()
    {
        var folder = Assert.Single(Directory.GetDirectories(Path.Combine(_site.Output, "2021", "04", "04")));

        Assert.Matches("^[a-z0-9-]+$", Path.GetFileName(folder));
        Assert.Contains("مرحبا بالعالم — 北京欢迎你 🎉 Ünïcödé", File.ReadAllText(Path.Combine(folder, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_and_legacy_encodings_are_decoded()
    {
        Assert.Contains("Zürich", FindPage("A headline in UTF-16"), StringComparison.Ordinal);
        Assert.Contains("naïve café in Zürich", FindPage("Café pages in windows-1252"), StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_yaml_and_orphan_sidecars_are_diagnostics_with_their_file()
    {
        var files = _site.Outcome.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.File).ToHashSet();

        Assert.Contains("alias-bomb.txt.yml", files);
        Assert.Contains("front-matter-broken.md", files);
        Assert.Contains("orphan-sidecar.html.yml", files);
        Assert.All(
            _site.Outcome.Diagnostics.Where(d => d.File is "alias-bomb.txt.yml" or "front-matter-broken.md" && d.Code.StartsWith("ARC01", StringComparison.Ordinal)),
            d => Assert.True(d.Line > 0, d.ToString()));
    }

    [Fact]
    public void Empty_and_binary_files_are_skipped_with_a_reason()
    {
        Assert.Contains(_site.Outcome.Report, e => e.Path == "empty.txt" && e.Status == "skipped" && e.Reason == "empty");
        Assert.Contains(_site.Outcome.Report, e => e.Path == "binary.txt" && e.Status == "skipped" && e.Reason == "binary");
        Assert.Contains(_site.Outcome.Diagnostics, d => d.File == "binary.txt" && d.Code == "ARC022");
    }

    [Fact]
    public void The_huge_and_the_deeply_nested_captures_still_get_pages()
    {
        Assert.Contains(_site.Outcome.Report, e => e.Path == "huge.txt" && e.Status == "built");
        Assert.Contains(_site.Outcome.Report, e => e.Path == "deep.html" && e.Status == "built");
    }

    private string FindPage(string title, string? orTitleContaining = null)
    {
        var entry = _site.Outcome.Report.First(e => e.Title == title || (orTitleContaining is not null && (e.Title?.Contains(orTitleContaining, StringComparison.Ordinal) ?? false)));
        return File.ReadAllText(Path.Combine(_site.Output, entry.Permalink!.Trim('/'), "index.html"));
    }

    public sealed class HostileSite : IDisposable
    {
        private readonly TempFolder _folder = new();

        public HostileSite()
        {
            Input = _folder.Combine("input");
            Output = _folder.Combine("output");
            var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Hostile");
            Directory.CreateDirectory(Input);
            foreach (var file in Directory.GetFiles(fixtures))
            {
                File.Copy(file, Path.Combine(Input, Path.GetFileName(file)));
            }

            WriteHugeCapture(Path.Combine(Input, "huge.txt"), 50 * 1024 * 1024);
            WriteDeepCapture(Path.Combine(Input, "deep.html"), 100_000);
            var paths = new BuildPaths(Input, Output, Repository.PathOf("theme"), null);
            Outcome = new SiteBuilder(paths).BuildAsync().GetAwaiter().GetResult();
        }

        public string Root => _folder.Path;

        public string Input { get; }

        public string Output { get; }

        public BuildOutcome Outcome { get; }

        public void Dispose() => _folder.Dispose();

        private static void WriteHugeCapture(string path, int size)
        {
            using var writer = new StreamWriter(path);
            writer.Write("A capture of fifty megabytes\n\n");
            const string paragraph = "This paragraph repeats to make a capture far larger than any real article, so that memory and time must stay bounded while reading it.\n\n";
            for (var written = 0; written < size; written += paragraph.Length)
            {
                writer.Write(paragraph);
            }
        }

        private static void WriteDeepCapture(string path, int depth)
        {
            using var writer = new StreamWriter(path);
            writer.Write("<!DOCTYPE html><html><head><title>Nested one hundred thousand deep</title></head><body><article><h1>Nested one hundred thousand deep</h1><p>The article text comes first, before the markup dives a hundred thousand elements down, and it must survive.</p>");
            for (var i = 0; i < depth; i++)
            {
                writer.Write("<div>");
            }

            writer.Write("deep text");
            writer.Write("</article></body></html>");
        }
    }
}
