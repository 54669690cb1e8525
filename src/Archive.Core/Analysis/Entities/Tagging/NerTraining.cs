using Archive.Core.Analysis.Entities.Conll;
using Archive.Core.Analysis.Entities.Gazetteers;

namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>Trains a model from a CoNLL file (what <c>train-ner</c> runs).</summary>
public static class NerTraining
{
    /// <summary>
    /// Trains on <paramref name="trainPath"/> (token first column, gold IOB tag last), plus, when given, the
    /// WNUT-2017-style files <paramref name="extraPaths"/> (<see cref="ExtraTrainingData"/>: products and creative
    /// works as MISC), and writes the model to <paramref name="output"/>.
    /// </summary>
    public static void TrainConll(string trainPath, TrainerOptions options, Stream output, Action<string>? log = null, IReadOnlyList<string>? extraPaths = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var file = ConllFile.Read(trainPath);
        var documents = ToTrainingDocuments(file);
        foreach (var extra in extraPaths ?? [])
        {
            documents.AddRange(ExtraTrainingData.Read(File.ReadLines(extra)));
        }

        log?.Invoke($"{documents.Count} documents, {documents.Sum(d => d.Count)} sentences, {documents.Sum(d => d.Sum(s => s.Tokens.Count))} tokens");
        var model = new PerceptronTrainer(Gazetteer.Default, options).Train(documents, log);
        model.Save(output);
    }

    internal static List<IReadOnlyList<TrainingSentence>> ToTrainingDocuments(ConllFile file) =>
        file.Documents
            .Select(d => (IReadOnlyList<TrainingSentence>)d.Sentences
                .Select(s => new TrainingSentence(s.Tokens, s.Tags.Select(NerLabels.Parse).ToArray()))
                .ToList())
            .ToList();
}
