using System.Collections.Concurrent;
using System.Text;
using Archive.Core.Building;
using Archive.Core.Diagnostics;
using Archive.Core.Inputs;
using Archive.Core.Normalization;
using Archive.Core.Normalization.Text;

using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Normalization;

public sealed class CaptureProcessorTests
{
    private const string Story = """
        Harwick pool to close after council vote
        Councillors in Harwick voted on Tuesday to close the town's last public swimming pool, ending a long campaign.

        The decision was taken after engineers reported that the roof of the building could no longer be repaired.

        Local parents said they were disappointed and would continue to raise money for a new pool in the town.
        """;

    [Fact]
    public void A_reader_registered_for_a_new_extension_is_found_by_the_scan_and_normalised()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("input/2020/harbour.note", "Harbour bridge reopens\n\nThe bridge reopened on Monday after two years of repairs.\n");
        folder.Write("input/2020/harbour.note.yml", "source: Harwick Courier\n");
        folder.Write("input/2020/pool.txt", Story);
        var readers = CaptureReaderRegistry.CreateDefault().Register(".note", new NoteReader());
        var processor = new CaptureProcessor(new SiteSettings(), readers);

        // Act
        var listing = InputScanner.Walk(folder.Combine("input"), readers);
        var note = listing.Captures.Single(c => c.RelativePath == "2020/harbour.note");
        var result = processor.Process(new CaptureFile(note.RelativePath, File.ReadAllBytes(note.FullPath), note.SidecarFullPath, File.ReadAllBytes(note.SidecarFullPath!)));

        // Assert
        Assert.Equal(["2020/harbour.note", "2020/pool.txt"], listing.Captures.Select(c => c.RelativePath));
        Assert.Empty(listing.Orphans);
        Assert.Equal("Harbour bridge reopens", result.Article.Title);
        Assert.Equal("The bridge reopened on Monday after two years of repairs.", result.Article.BodyText);
        Assert.Equal("Harwick Courier", result.Article.SourceName);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["2020/pool.txt"], InputScanner.Walk(folder.Combine("input")).Captures.Select(c => c.RelativePath));
    }

    [Fact]
    public void The_default_registry_reads_txt_html_htm_md_and_mhtml_whatever_their_case()
    {
        var readers = CaptureReaderRegistry.CreateDefault();

        Assert.Equal([".htm", ".html", ".md", ".mht", ".mhtml", ".txt"], readers.Extensions.Order(StringComparer.Ordinal));
        Assert.Equal([".wacz", ".warc", ".warc.gz"], readers.ContainerSuffixes.Order(StringComparer.Ordinal));
        Assert.True(readers.IsCapture("a/B.TXT"));
        Assert.Same(readers.ReaderFor("page.html"), readers.ReaderFor("page.HTM"));
        Assert.False(readers.IsCapture("notes.yml"));
        Assert.False(readers.IsCapture("README"));
        Assert.Same(readers.Fallback, readers.ReaderFor("capture.dump"));
        Assert.Same(readers.Fallback, readers.ReaderFor("capture.txt"));
        Assert.Throws<ArgumentException>(() => readers.Register("note", new NoteReader()));
    }

    [Fact]
    public void A_source_rule_is_compiled_once_and_shared_by_every_capture_it_matches()
    {
        // Arrange
        var reader = new RecordingReader();
        var settings = new SiteSettings { Sources = [new SourceRuleSettings { Match = "courier", DropLines = ["^Local parents"] }] };
        var processor = new CaptureProcessor(settings, CaptureReaderRegistry.CreateDefault().Register(".txt", reader));

        // Act
        Parallel.For(0, 8, i => processor.Process(new CaptureFile($"courier/{i}.txt", Encoding.UTF8.GetBytes(Story))));
        processor.Process(new CaptureFile("gazette/1.txt", Encoding.UTF8.GetBytes(Story)));

        // Assert
        var courier = reader.Seen.Where(s => s.Path.StartsWith("courier/", StringComparison.Ordinal)).Select(s => s.Rules).Distinct().ToList();
        var rules = Assert.Single(courier);
        Assert.Equal("courier", rules.Match);
        Assert.True(rules.Lines.Drops("Local parents said"));
        Assert.Same(SourceRules.None, reader.Seen.Single(s => s.Path == "gazette/1.txt").Rules);
    }

    [Fact]
    public void Site_yml_refuses_a_line_pattern_exactly_when_the_reader_cannot_compile_it()
    {
        using var folder = new TempFolder();
        var patterns = new[] { "(unclosed", "[z-a]", "^Sign up for our .* newsletter$", "(?<=a)b", "\\p{Nonsense}" };
        var site = folder.Write("site.yml", "sources:\n  - match: x\n    drop_lines:\n" + string.Concat(patterns.Select(p => $"      - '{p}'\n")));
        var diagnostics = new List<Diagnostic>();

        SiteBuilder.LoadSettings(site, diagnostics);

        var refused = patterns.Where(p => !LineRules.TryCompile(p, out _, out _)).ToList();
        Assert.Equal(3, refused.Count);
        Assert.Equal(refused.Count, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("ARC014", d.Code));
        Assert.All(refused, p => Assert.Contains(diagnostics, d => d.Message.Contains($"'{p}'", StringComparison.Ordinal)));
    }

    /// <summary>A format of one's own: the first line is the title, the rest paragraphs.</summary>
    /// <summary>Records the rules each capture was read with.</summary>
    private sealed class RecordingReader : ICaptureReader
    {
        public ConcurrentBag<(string Path, SourceRules Rules)> Seen { get; } = [];

        public CaptureResult Read(CaptureInput input, SourceRules rules)
        {
            Seen.Add((input.Path, rules));
            return new TextCaptureReader().Read(input, rules);
        }
    }
}
