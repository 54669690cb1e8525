using System.Globalization;

namespace Archive.Core.Learning;

/// <summary>
/// The text form of every model a training command writes: <c>#</c> comment lines (a title, then the provenance: the
/// command and the data that made the model), named scalars (<c>name&lt;TAB&gt;value</c>) and, for a linear model over
/// standardised features, one row per feature (<c>name&lt;TAB&gt;mean&lt;TAB&gt;spread&lt;TAB&gt;weight</c>). Numbers are
/// written invariant and round-trip (<c>R</c>), so a model read and written again is the same bytes.
/// </summary>
/// <param name="Scalars">The named scalars found, by name.</param>
/// <param name="Means">Per feature (in the order of the names read against), the mean it is standardised by.</param>
/// <param name="Spreads">Per feature, the spread it is standardised by.</param>
/// <param name="Weights">Per feature, the weight of its standardised value.</param>
internal sealed record ModelFile(IReadOnlyDictionary<string, double> Scalars, double[] Means, double[] Spreads, double[] Weights)
{
    /// <summary>Writes a model: the title and provenance as comments, the scalars in order, then one row per feature.</summary>
    public static void Write(
        TextWriter writer,
        string title,
        string provenance,
        IEnumerable<(string Name, double Value)> scalars,
        IReadOnlyList<string> features,
        IReadOnlyList<double> means,
        IReadOnlyList<double> spreads,
        IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("# " + title);
        foreach (var line in provenance.Split('\n'))
        {
            writer.WriteLine("# " + line.TrimEnd());
        }

        foreach (var (name, value) in scalars)
        {
            writer.WriteLine(FormattableString.Invariant($"{name}\t{value:R}"));
        }

        if (features.Count == 0)
        {
            return;
        }

        writer.WriteLine("# feature\tmean\tspread\tweight");
        for (var k = 0; k < features.Count; k++)
        {
            writer.WriteLine(FormattableString.Invariant($"{features[k]}\t{means[k]:R}\t{spreads[k]:R}\t{weights[k]:R}"));
        }
    }

    /// <summary>Writes a model of named scalars only.</summary>
    public static void Write(TextWriter writer, string title, string provenance, IEnumerable<(string Name, double Value)> scalars) =>
        Write(writer, title, provenance, scalars, [], [], [], []);

    /// <summary>
    /// Reads a model whose scalars may be any of <paramref name="scalarNames"/> and whose rows must name every one of
    /// <paramref name="features"/>; <paramref name="kind"/> names the model in the messages of the
    /// <see cref="FormatException"/> thrown for an unknown line or a feature without a row. Which scalars are required is
    /// the caller's to check.
    /// </summary>
    public static ModelFile Read(TextReader reader, string kind, IReadOnlyList<string> features, IReadOnlyCollection<string> scalarNames)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < features.Count; k++)
        {
            index[features[k]] = k;
        }

        var means = new double[features.Count];
        var spreads = new double[features.Count];
        var weights = new double[features.Count];
        var found = new bool[features.Count];
        var scalars = new Dictionary<string, double>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length == 2 && scalarNames.Contains(cells[0]))
            {
                scalars[cells[0]] = double.Parse(cells[1], CultureInfo.InvariantCulture);
            }
            else if (cells.Length == 4 && index.TryGetValue(cells[0], out var k))
            {
                means[k] = double.Parse(cells[1], CultureInfo.InvariantCulture);
                spreads[k] = double.Parse(cells[2], CultureInfo.InvariantCulture);
                weights[k] = double.Parse(cells[3], CultureInfo.InvariantCulture);
                found[k] = true;
            }
            else
            {
                throw new FormatException($"Unknown line in a {kind}: '{line}'.");
            }
        }

        var missing = Array.IndexOf(found, false);
        if (missing >= 0)
        {
            throw new FormatException($"The {kind} has no weight for '{features[missing]}'.");
        }

        return new ModelFile(scalars, means, spreads, weights);
    }

    /// <summary>Reads the model file at <paramref name="path"/> with <paramref name="read"/>.</summary>
    public static T ReadFile<T>(string path, Func<TextReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var reader = new StreamReader(path);
        return read(reader);
    }

    /// <summary>Reads the model embedded in Archive.Core as <paramref name="resourceName"/>; null if there is none.</summary>
    public static T? ReadEmbedded<T>(string resourceName, Func<TextReader, T> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        using var stream = typeof(ModelFile).Assembly.GetManifestResourceStream(resourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return read(reader);
    }
}
