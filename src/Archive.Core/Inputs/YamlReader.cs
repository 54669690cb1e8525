using System.Diagnostics.CodeAnalysis;
using Archive.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Archive.Core.Inputs;

/// <summary>
/// Deserialises YAML into typed settings; bad YAML becomes a diagnostic with file, line and column,
/// never an exception. Aliases are refused outright: sidecars and settings never need them, and
/// refusing them removes the alias-bomb class of attack.
/// </summary>
public static class YamlReader
{
    private const int MaxBytes = 1 << 20;

    private static readonly IDeserializer Deserializer = Build();

    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The types read (settings, sidecars, front matter) hold strings, ints and lists or " +
        "dictionaries of reference types, which need no code generated at run time; the native build keeps their members (TrimmerRootAssembly).")]
    private static IDeserializer Build() => new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static T? Read<T>(string yaml, string file, ICollection<Diagnostic> diagnostics, int lineOffset = 0)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (yaml.Length > MaxBytes)
        {
            diagnostics.Add(Diagnostic.Error("ARC010", $"YAML is larger than {MaxBytes / 1024} KB; ignored.", file, lineOffset + 1, 1));
            return null;
        }

        try
        {
            var parser = new Parser(new StringReader(yaml));
            return Deserializer.Deserialize<T>(new AliasRefusingParser(parser));
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException is { } inner && inner is not YamlException ? inner.Message : ex.Message;
            var line = (int)Math.Min(int.MaxValue, ex.Start.Line);
            var column = (int)Math.Min(int.MaxValue, ex.Start.Column);
            diagnostics.Add(Diagnostic.Error("ARC011", $"Invalid YAML: {FirstLine(message)}", file, lineOffset + Math.Max(1, line), Math.Max(1, column)));
            return null;
        }
    }

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return (newline < 0 ? message : message[..newline]).Trim();
    }

    private sealed class AliasRefusingParser(IParser inner) : IParser
    {
        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (moved && inner.Current is YamlDotNet.Core.Events.AnchorAlias alias)
            {
                throw new YamlException(alias.Start, alias.End, "YAML aliases (*name) are not supported.");
            }

            return moved;
        }
    }
}
