using System.Text;
using System.Text.Json;
using Archive.Core.Building;
using Archive.Core.Engine;
using Archive.Core.Modules;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Building;

/// <summary>A site extended from outside Archive.Core, as docs/extending.md shows: a pipeline, a service and a template function of the user's own.</summary>
public sealed class ExtendingTests
{
    [Fact]
    public async Task A_users_pipeline_service_and_template_function_are_built_into_the_site()
    {
        using var folder = SiteCopy.Make();
        File.AppendAllText(folder.Combine("theme", "layouts", "home.sbn"), "\n<p class=\"shout\">{{ shout \"quiet words\" }}</p>\n");
        var site = ArchiveSite.CreateDefault()
            .AddService(new WordCountSettings(MinimumWords: 1))
            .AddPipeline(() => new WordCounts())
            .ConfigureTemplates(functions => functions.Add("shout", arguments => arguments[0]?.ToString()?.ToUpperInvariant() + "!"));

        var outcome = await site.Builder(new BuildPaths(folder.Combine("input"), folder.Combine("out"), folder.Combine("theme"), folder.Combine("site.yml"))).BuildAsync();

        Assert.Equal(0, outcome.ExitCode);
        var counts = JsonSerializer.Deserialize<Dictionary<string, int>>(File.ReadAllText(folder.Combine("out", "word-counts.json")))!;
        Assert.Equal(outcome.Report.Count(e => e.Permalink is not null), counts.Count);
        Assert.All(counts.Values, count => Assert.True(count > 0));
        Assert.Contains("<p class=\"shout\">QUIET WORDS!</p>", File.ReadAllText(folder.Combine("out", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_users_reader_makes_pages_of_its_own_files_with_their_sidecars()
    {
        using var folder = SiteCopy.Make();
        folder.Write("input/notes/harbour.note", "Harbour bridge reopens\n\nThe bridge reopened on Monday after two years of repairs.\n");
        folder.Write("input/notes/harbour.note.yml", "published: 2020-05-04\nsource: Harwick Courier\n");
        var site = ArchiveSite.CreateDefault().UseReader(".note", new NoteReader());

        var outcome = await site.Builder(new BuildPaths(folder.Combine("input"), folder.Combine("out"), folder.Combine("theme"), folder.Combine("site.yml"))).BuildAsync();

        Assert.Equal(0, outcome.ExitCode);
        var entry = Assert.Single(outcome.Report, e => e.Path == "notes/harbour.note");
        Assert.StartsWith("/2020/05/04/", entry.Permalink, StringComparison.Ordinal);
        var page = File.ReadAllText(Path.Combine(folder.Combine("out"), entry.Permalink!.Trim('/'), "index.html"));
        Assert.Contains("Harbour bridge reopens", page, StringComparison.Ordinal);
        Assert.Contains("after two years of repairs", page, StringComparison.Ordinal);
        Assert.Contains("Harwick Courier", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_module_added_to_a_built_in_pipeline_runs_in_it()
    {
        using var folder = SiteCopy.Make();
        var site = ArchiveSite.CreateDefault()
            .ConfigurePipeline("Feeds", pipeline => pipeline.ProcessModules.Add(new Humans()));

        var outcome = await site.Builder(new BuildPaths(folder.Combine("input"), folder.Combine("out"), folder.Combine("theme"), folder.Combine("site.yml"))).BuildAsync();

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("Built by the archive's own module.\n", File.ReadAllText(folder.Combine("out", "humans.txt")));
    }

    [Fact]
    public void Configuring_a_pipeline_the_site_does_not_have_is_an_error()
    {
        var site = ArchiveSite.CreateDefault().ConfigurePipeline("Nope", _ => { });

        Assert.Throws<InvalidOperationException>(() => site.CreatePipelines());
    }

    private sealed record WordCountSettings(int MinimumWords);

    /// <summary>A user's pipeline: after the analysis, one JSON file of each article's word count.</summary>
    private sealed class WordCounts : Pipeline
    {
        public WordCounts()
        {
            Dependencies.Add("ArticleAnalysis");
            ProcessModules.Add(new CountWords());
        }
    }

    private sealed class CountWords : IModule
    {
        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
        {
            var minimum = context.GetService<WordCountSettings>().MinimumWords;
            var counts = context.OutputsOf("ArticleAnalysis")
                .Select(d => d.Article!)
                .ToDictionary(a => a.Permalink!, a => a.Body.Sum(b => b.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length))
                .Where(kv => kv.Value >= minimum)
                .OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .ToDictionary();
            return Task.FromResult<IReadOnlyList<Document>>([Document.Output("word-counts.json", JsonSerializer.SerializeToUtf8Bytes(counts))]);
        }
    }

    private sealed class Humans : IModule
    {
        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Document>>([.. inputs, Document.Output("humans.txt", Encoding.UTF8.GetBytes("Built by the archive's own module.\n"))]);
    }
}
