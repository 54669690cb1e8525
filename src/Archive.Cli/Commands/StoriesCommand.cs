using System.CommandLine;
using System.Globalization;
using Archive.Core.Analysis.Stories;
using Archive.Core.Inputs;
using Archive.Core.Model;
using Archive.Core.Synthetic;

namespace Archive.Cli.Commands;

/// <summary>
/// <c>stories --input DIR [--truth-by-stem] [--fit | --fit-page | --fit-share]</c>: groups the captures of a folder into stories as the build does
/// and prints the stories of more than one capture. With <c>--truth-by-stem</c> the file name without extension is
/// the true story (as <c>make_archive.py</c> lays pages out): prints stories found vs captures, the pairs missed and the
/// false merges. <c>--fit</c> chooses the containment threshold by five-fold cross-validation with folds by host and
/// prints the figures of each fold and the value fitted on all captures.
/// </summary>
internal static class StoriesCommand
{
    private static readonly double[] Thresholds = [.. Enumerable.Range(4, 15).Select(i => i * 0.05)];

    /// <summary>Shares of captures tried by <c>--fit-share</c>: 0 (the floor alone) to 0.4.</summary>
    private static readonly double[] Shares = [0, 0.001, 0.002, 0.005, 0.01, 0.02, 0.03, 0.04, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4];

    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Folder of captures.", DefaultValueFactory = _ => "input" };
        var site = new Option<string>("--site") { Description = "Site settings file, as in build.", DefaultValueFactory = _ => "site.yml" };
        var truthByStem = new Option<bool>("--truth-by-stem") { Description = "Score against stories named by file stem." };
        var fit = new Option<bool>("--fit") { Description = "Fit the containment threshold with cross-validation by host (needs --truth-by-stem)." };
        var containment = new Option<double?>("--containment") { Description = "Containment threshold (default: the fitted one)." };
        var fitPage = new Option<bool>("--fit-page") { Description = "Fit the page containment threshold (a body found in a text dump's whole text) as --fit does, the other settings as given." };
        var pageContainment = new Option<double?>("--page-containment") { Description = "Page containment threshold (default: the fitted one)." };
        var fitShare = new Option<bool>("--fit-share") { Description = "Fit the share of captures a distinctive shingle may be found in (the frequency bound's growth with the archive) as --fit does, ties to the lower share, the other settings as given." };
        var share = new Option<double?>("--share") { Description = "Share of captures a distinctive shingle may be found in, above the floor of 50 (default: the chosen one)." };
        var generated = new Option<bool>("--truth-generated") { Description = "Score against what 'generate' wrote (with the same --seed, --repeated and --syndicated): merges, and the links of syndicated copies." };
        var seed = new Option<ulong>("--seed") { Description = "With --truth-generated: the seed given to generate.", DefaultValueFactory = _ => 1 };
        var repeated = new Option<int>("--repeated") { Description = "With --truth-generated: --repeated as given to generate.", DefaultValueFactory = _ => 0 };
        var syndicated = new Option<int>("--syndicated") { Description = "With --truth-generated: --syndicated as given to generate.", DefaultValueFactory = _ => 0 };
        var command = new Command("stories", "Group captures into stories and report them.") { input, site, truthByStem, fit, containment, fitPage, pageContainment, fitShare, share, generated, seed, repeated, syndicated };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (CaptureProcessing.Load(parseResult.GetValue(site)!, error) is not { } processor)
            {
                return 2;
            }

            var folder = Path.GetFullPath(parseResult.GetValue(input)!);
            var articles = InputScanner.Walk(folder).Captures
                .AsParallel().AsOrdered()
                .Select(entry => processor.Process(CaptureProcessing.Read(entry.FullPath)).Article with { SourcePath = entry.RelativePath })
                .ToList();
            var options = parseResult.GetValue(containment) is { } c ? StoryOptions.Default with { MinContainment = c } : StoryOptions.Default;
            options = parseResult.GetValue(pageContainment) is { } pc ? options with { MinPageContainment = pc } : options;
            options = parseResult.GetValue(share) is { } sh ? options with { MaxShingleShare = sh } : options;
            if (parseResult.GetValue(fit))
            {
                Fit(articles, output, Thresholds, higherOnTies: true, t => options with { MinContainment = t });
                return 0;
            }

            if (parseResult.GetValue(fitPage))
            {
                Fit(articles, output, Thresholds, higherOnTies: true, t => options with { MinPageContainment = t });
                return 0;
            }

            // Ties go to the lower share: the bound nearer the floor, which counts less text as a story's own.
            if (parseResult.GetValue(fitShare))
            {
                Fit(articles, output, Shares, higherOnTies: false, t => options with { MaxShingleShare = t }, "share");
                return 0;
            }

            var groups = StoryGrouping.Group(articles, options, Environment.ProcessorCount);
            Print(articles, groups, output);
            if (parseResult.GetValue(truthByStem))
            {
                Score(articles, groups, output);
            }

            if (parseResult.GetValue(generated))
            {
                ScoreGenerated(articles, groups, new SyntheticOptions { Seed = parseResult.GetValue(seed), RepeatedPercent = parseResult.GetValue(repeated), SyndicatedPercent = parseResult.GetValue(syndicated) }, options, output);
            }

            return 0;
        });
        return command;
    }

    private static string Stem(Article article) => Path.ChangeExtension(article.SourcePath, null);

    private static void Print(IReadOnlyList<Article> articles, StoryGroups groups, TextWriter output)
    {
        foreach (var story in groups.Stories.Where(s => s.Captures.Count > 1))
        {
            output.WriteLine($"story {articles[story.Best].SourcePath}: {string.Join(' ', story.Captures.Select(i => articles[i].SourcePath))}");
        }

        foreach (var (story, other) in groups.Syndicated)
        {
            output.WriteLine($"elsewhere {articles[groups.Stories[story].Best].SourcePath} ~ {articles[groups.Stories[other].Best].SourcePath}");
        }
    }

    private static void Score(IReadOnlyList<Article> articles, StoryGroups groups, TextWriter output)
    {
        var score = StoryEvaluation.Of(articles, groups, Stem);
        output.WriteLine(Invariant($"captures {score.Captures}, true stories {score.TrueStories}, found {score.FoundStories}, true pairs {score.TruePairs}, missed pairs {score.MissedPairs}, false merges {score.FalseMerges}"));
        var storyOf = new Dictionary<int, int>();
        for (var s = 0; s < groups.Stories.Count; s++)
        {
            foreach (var i in groups.Stories[s].Captures)
            {
                storyOf[i] = s;
            }
        }

        // Each missed pair with what identity could have used, so misses can be sorted by kind.
        foreach (var pair in Enumerable.Range(0, articles.Count).GroupBy(i => Stem(articles[i]), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var members = pair.ToList();
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    var (a, b) = (articles[members[x]], articles[members[y]]);
                    if (storyOf[members[x]] == storyOf[members[y]])
                    {
                        continue;
                    }

                    var sa = Shingles.Of(a.BodyText);
                    var sb = Shingles.Of(b.BodyText);
                    var sketchA = MinHashSketch.Of(sa);
                    var sketchB = MinHashSketch.Of(sb);
                    output.WriteLine(Invariant(
                        $"missed {a.SourcePath} ({sa.Count} shingles, url {a.CanonicalUrl is not null}, source {a.SourceName}) | {b.SourcePath} ({sb.Count} shingles, url {b.CanonicalUrl is not null}, source {b.SourceName}): containment {Shingles.Containment(sa, sb):0.00}, jaccard~ {(sketchA is null || sketchB is null ? 0 : sketchA.Similarity(sketchB)):0.00}, titles '{a.Title}' | '{b.Title}'"));
                }
            }
        }
    }

    /// <summary>
    /// Against the generator's own record of each capture (found again by its path, so the folder must be what
    /// <c>generate</c> wrote with these options): merges scored as pairs of captures of one text and one publisher
    /// (a note is its own publisher, "Archive notes"), and the links of syndicated copies that are not notes to the
    /// captures of the same text under another publisher that are not notes (a link to a note of the same text is true).
    /// </summary>
    private static void ScoreGenerated(IReadOnlyList<Article> articles, StoryGroups groups, SyntheticOptions options, StoryOptions storyOptions, TextWriter output)
    {
        static int IndexOf(string path) => int.Parse(Path.GetFileName(path).Split('-')[0], CultureInfo.InvariantCulture);
        var count = articles.Count == 0 ? 0 : articles.Max(a => IndexOf(a.SourcePath)) + 1;
        var written = SyntheticArchive.Generate(options with { Count = count }).ToDictionary(c => c.RelativePath, StringComparer.Ordinal);
        var captures = articles.Select(a => written.TryGetValue(a.SourcePath.Replace('\\', '/'), out var c) ? c : throw new InvalidOperationException($"'{a.SourcePath}' is not what generate wrote with these options")).ToList();
        var stories = StoryEvaluation.Of(articles, groups, a => { var c = written[a.SourcePath.Replace('\\', '/')]; return Invariant($"{c.Story}|{c.Source}"); });
        var links = LinkEvaluation.Of(
            articles,
            groups,
            i => (captures[i].Story.ToString(CultureInfo.InvariantCulture), captures[i].Source),
            i => captures[i].Copy == SyntheticCopy.Syndicated,
            i => captures[i].Source == captures[i].Publisher);
        output.WriteLine(Invariant($"captures {stories.Captures}, true stories {stories.TrueStories}, found {stories.FoundStories}, true pairs {stories.TruePairs}, missed pairs {stories.MissedPairs}, false merges {stories.FalseMerges}"));
        output.WriteLine(Invariant($"syndicated copies {links.Copies} ({links.Expected} with the same text under another publisher in the archive): linked {links.Linked}, merged instead {links.Merged}, neither {links.Expected - links.Linked - links.Merged}; links {links.Links}, false {links.FalseLinks}"));
        var sets = articles.Select(a => Shingles.Of(a.BodyText).Order().ToArray()).ToList();
        var frequency = ShingleFrequency.Of(sets);
        int Distinctive(int i) => sets[i].Count(s => frequency.Estimate(s) <= storyOptions.FrequencyBound(articles.Count));
        foreach (var (copy, other, merged) in links.Unlinked)
        {
            output.WriteLine(Invariant($"{(merged ? "merged" : "unlinked")} {Describe(articles[copy])} | {Describe(articles[other])}: containment {Shingles.Containment(sets[copy], sets[other]):0.00}, distinctive {Distinctive(copy)} | {Distinctive(other)}"));
        }

        foreach (var (a, b) in links.False)
        {
            output.WriteLine(Invariant($"false link {Describe(articles[a])} | {Describe(articles[b])}"));
        }
    }

    private static string Describe(Article a) => Invariant($"{a.SourcePath} (url {CanonicalUrl.HostOf(a.CanonicalUrl)}, source {a.SourceName}, {Shingles.Of(a.BodyText).Count} shingles)");

    /// <summary>Five folds by host (the host of any capture of the true story, else the stem), assigned by a stable hash.</summary>
    private static void Fit(IReadOnlyList<Article> articles, TextWriter output, double[] values, bool higherOnTies, Func<double, StoryOptions> optionsFor, string label = "threshold")
    {
        var hostOfStem = articles.GroupBy(Stem, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.Select(a => CanonicalUrl.HostOf(a.CanonicalUrl)).FirstOrDefault(h => h is not null) ?? g.Key,
            StringComparer.Ordinal);
        int FoldOf(Article a) => (int)(Shingles.Mix(StableHash(hostOfStem[Stem(a)])) % 5);
        StoryEvaluation Evaluate(IReadOnlyList<Article> part, double threshold) =>
            StoryEvaluation.Of(part, StoryGrouping.Group(part, optionsFor(threshold), Environment.ProcessorCount), Stem);

        var folds = Enumerable.Range(0, 5).Select(f => articles.Where(a => FoldOf(a) == f).ToList()).ToList();
        var table = folds.Select(fold => values.Select(t => Evaluate(fold, t)).ToArray()).ToArray();
        var (missed, merges, pairs) = (0, 0, 0);
        for (var f = 0; f < 5; f++)
        {
            // Chosen on the other four folds: the lowest total cost; on ties the higher threshold (or the lower share),
            // the side where a merge the training folds never tested is least likely.
            var chosen = Prefer(Enumerable.Range(0, values.Length)
                .OrderBy(t => Enumerable.Range(0, 5).Where(g => g != f).Sum(g => table[g][t].Cost)), higherOnTies).First();
            var held = table[f][chosen];
            (missed, merges, pairs) = (missed + held.MissedPairs, merges + held.FalseMerges, pairs + held.TruePairs);
            output.WriteLine(Invariant($"fold {f}: {held.Captures} captures, {label} {values[chosen]:0.00#} fitted on the others; held-out missed pairs {held.MissedPairs}/{held.TruePairs}, false merges {held.FalseMerges}"));
        }

        output.WriteLine(Invariant($"cross-validated: missed pairs {missed}/{pairs}, false merges {merges}"));
        var all = values.Select(t => Evaluate(articles, t)).ToArray();
        var best = Prefer(Enumerable.Range(0, values.Length).OrderBy(t => all[t].Cost), higherOnTies).First();
        foreach (var t in Enumerable.Range(0, values.Length))
        {
            output.WriteLine(Invariant($"{label} {values[t]:0.00#}: missed pairs {all[t].MissedPairs}, false merges {all[t].FalseMerges}"));
        }

        output.WriteLine(Invariant($"fitted on all captures: {label} {values[best]:0.00#} (missed pairs {all[best].MissedPairs}/{all[best].TruePairs}, false merges {all[best].FalseMerges})"));
    }

    private static IOrderedEnumerable<int> Prefer(IOrderedEnumerable<int> byCost, bool higher) =>
        higher ? byCost.ThenByDescending(t => t) : byCost.ThenBy(t => t);

    private static ulong StableHash(string text) => text.Aggregate(0xcbf29ce484222325UL, (h, c) => (h ^ c) * 0x100000001b3UL);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
