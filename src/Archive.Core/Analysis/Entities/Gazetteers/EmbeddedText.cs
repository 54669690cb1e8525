using System.Reflection;

namespace Archive.Core.Analysis.Entities.Gazetteers;

/// <summary>Reads the entity resources embedded in Archive.Core (logical names <c>Archive.Core.Entities.*</c>).</summary>
internal static class EmbeddedText
{
    public const string Prefix = "Archive.Core.Entities.";

    public static Stream Open(string name)
    {
        var assembly = typeof(EmbeddedText).Assembly;
        return assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"Embedded resource '{Prefix + name}' is missing from {assembly.GetName().Name}.");
    }

    /// <summary>The non-empty lines of a text resource, without <c>#</c> comment lines.</summary>
    public static IReadOnlyList<string> Lines(string name)
    {
        using var reader = new StreamReader(Open(name));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
