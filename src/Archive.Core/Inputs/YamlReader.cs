using System.Diagnostics.CodeAnalysis;
using Archive.Core.Diagnostics;
using Archive.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Archive.Core.Inputs;

/// <summary>
/// Deserialises YAML into typed settings; bad YAML becomes a diagnostic with file, line and column,
/// never an exception. Aliases are refused outright: sidecars and settings never need them, and
/// refusing them removes the alias-bomb class of attack. A key given twice in one mapping is reported
/// (ARC016) with the line of each; the later value is the one read.
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

    /// <param name="duplicateKeys">
    /// How a key given twice is reported: an error by default (site.yml, where it silently throws away half of a
    /// setting for every page); sidecars and front matter pass a warning, since the capture still builds.
    /// </param>
    public static T? Read<T>(string yaml, string file, ICollection<Diagnostic> diagnostics, int lineOffset = 0, DiagnosticSeverity duplicateKeys = DiagnosticSeverity.Error)
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
            return Deserializer.Deserialize<T>(new CheckingParser(parser, file, lineOffset, duplicateKeys, diagnostics));
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

    private static int Position(long lineOrColumn) => (int)Math.Clamp(lineOrColumn, 1, int.MaxValue);

    /// <summary>Passes the parser's events on: refuses aliases, and reports keys given twice in one mapping.</summary>
    private sealed class CheckingParser(IParser inner, string file, int lineOffset, DiagnosticSeverity duplicateKeys, ICollection<Diagnostic> diagnostics) : IParser
    {
        // One entry per open mapping or sequence; a mapping's keys and values alternate among its child nodes.
        private readonly Stack<Node> _open = new();

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            switch (moved ? inner.Current : null)
            {
                case AnchorAlias alias:
                    throw new YamlException(alias.Start, alias.End, "YAML aliases (*name) are not supported.");
                case Scalar scalar:
                    Child(scalar);
                    break;
                case MappingStart:
                    Child(null);
                    _open.Push(new Node(new Dictionary<string, int>(StringComparer.Ordinal)));
                    break;
                case SequenceStart:
                    Child(null);
                    _open.Push(new Node(null));
                    break;
                case MappingEnd or SequenceEnd:
                    _open.Pop();
                    break;
            }

            return moved;
        }

        private void Child(Scalar? scalar)
        {
            if (!_open.TryPeek(out var parent) || parent.Keys is null)
            {
                return;
            }

            var isKey = parent.ExpectKey;
            parent.ExpectKey = !isKey;
            if (!isKey || scalar is null)
            {
                return;
            }

            var line = Position(scalar.Start.Line);
            if (!parent.Keys.TryAdd(scalar.Value, line))
            {
                var key = TextCleaner.Clean(scalar.Value.Length > 60 ? scalar.Value[..60] + "…" : scalar.Value).ReplaceLineEndings(" ");
                var message = $"Duplicate key '{key}' (first on line {lineOffset + parent.Keys[scalar.Value]}); the later value is used.";
                diagnostics.Add(new Diagnostic(duplicateKeys, "ARC016", message, file, lineOffset + line, Position(scalar.Start.Column)));
            }
        }

        private sealed class Node(Dictionary<string, int>? keys)
        {
            public Dictionary<string, int>? Keys { get; } = keys;

            public bool ExpectKey { get; set; } = true;
        }
    }
}
