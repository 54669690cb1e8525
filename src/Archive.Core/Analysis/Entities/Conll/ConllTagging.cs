using System.Diagnostics;
using Archive.Core.Analysis.Entities.Kinds;
using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Analysis.Entities.Tagging;

namespace Archive.Core.Analysis.Entities.Conll;

/// <summary>Tags CoNLL files document by document (what <c>ner --conll</c> runs), and times the tagger.</summary>
public static class ConllTagging
{
    /// <summary>Writes the lines of <paramref name="path"/> with the predicted tag appended to each token line.</summary>
    public static void TagFile(NerTagger tagger, string path, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(output);
        var file = ConllFile.Read(path);
        var tags = new List<IReadOnlyList<string>>();
        foreach (var document in file.Documents)
        {
            tags.AddRange(tagger.TagDocument(document.Sentences.Select(s => s.Tokens).ToList()));
        }

        file.Write(output, tags);
    }

    /// <summary>
    /// Tags the file once to warm up, then <paramref name="passes"/> times on this thread; returns the tokens
    /// tagged, the wall-clock seconds and the processor seconds the process used meanwhile (on a busy machine
    /// the latter is the fairer one-core figure). Each pass also reads the names off the labels and gives each to the
    /// kind model (<see cref="KindModel"/>), as the site does after tagging.
    /// </summary>
    public static (long Tokens, double Seconds, double CpuSeconds) Bench(NerTagger tagger, string path, int passes)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        var documents = ConllFile.Read(path).Documents
            .Select(d => (IReadOnlyList<IReadOnlyList<string>>)d.Sentences.Select(s => s.Tokens).ToList())
            .ToList();
        long tokens = documents.Sum(d => d.Sum(s => s.Count));
        var names = 0L;
        foreach (var document in documents)
        {
            names += ReadNames(document, tagger.TagLabels(document));
        }

        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var document in documents)
            {
                names += ReadNames(document, tagger.TagLabels(document));
            }
        }

        clock.Stop();
        process.Refresh();
        GC.KeepAlive(names);
        return (tokens * passes, clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    private static int ReadNames(IReadOnlyList<IReadOnlyList<string>> document, IReadOnlyList<int[]> labels)
    {
        var names = 0;
        for (var s = 0; s < document.Count; s++)
        {
            names += EntitySpans.FromLabels([.. document[s]], labels[s], KindModel.Default).Count(span => span.Reading >= 0);
        }

        return names;
    }
}
