using System.Buffers;
using System.Globalization;
using System.Text;

namespace Archive.Cli.Commands;

/// <summary>
/// Makes text that comes from input (file names, paths, titles, messages quoting them) safe to print on a terminal:
/// every control character (C0, DEL, C1) becomes a visible <c>\xHH</c>, so a capture named with
/// <c>ESC[31m</c> in it cannot recolour, retitle or rewrite the terminal. Every other character, ordinary
/// Unicode included, is kept. The one place the CLI does this: commands call <see cref="Line"/> or
/// <see cref="Lines"/> for what they print to standard output, and standard error goes through
/// <see cref="Writer"/> as a whole (Program.cs).
/// </summary>
internal static class TerminalText
{
    private static readonly SearchValues<char> AllControls = SearchValues.Create(Controls(keepLineBreaks: false));
    private static readonly SearchValues<char> ControlsButLineBreaks = SearchValues.Create(Controls(keepLineBreaks: true));

    /// <summary>One line (a path, a name, a diagnostic): line breaks and tabs are escaped too, so a name cannot forge another line.</summary>
    public static string Line(string? text) => Escape(text, keepLineBreaks: false);

    /// <summary>Text of several lines (an article, an exception): keeps <c>\n</c>, <c>\r\n</c> and tabs, escapes every other control character.</summary>
    public static string Lines(string? text) => Escape(text, keepLineBreaks: true);

    /// <summary>A writer that passes everything written to it through <see cref="Lines"/> on its way to <paramref name="inner"/>.</summary>
    public static TextWriter Writer(TextWriter inner) => new SafeWriter(inner);

    private static string Escape(string? text, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var controls = keepLineBreaks ? ControlsButLineBreaks : AllControls;
        var first = text.AsSpan().IndexOfAny(controls);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!controls.Contains(c) || (keepLineBreaks && c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            }
        }

        return builder.ToString();
    }

    private static string Controls(bool keepLineBreaks)
    {
        var controls = new StringBuilder();
        for (var c = '\0'; c <= '\x9F'; c++)
        {
            if (char.IsControl(c) && !(keepLineBreaks && c is '\n' or '\t'))
            {
                controls.Append(c);
            }
        }

        return controls.ToString();
    }

    private sealed class SafeWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            if (char.IsControl(value) && value is not ('\n' or '\t'))
            {
                inner.Write(Line(value.ToString()));
            }
            else
            {
                inner.Write(value);
            }
        }

        public override void Write(string? value) => inner.Write(Lines(value));

        public override void Write(char[] buffer, int index, int count) => inner.Write(Lines(new string(buffer, index, count)));

        public override void WriteLine(string? value) => inner.WriteLine(Lines(value));

        public override void Flush() => inner.Flush();

        public override Task FlushAsync() => inner.FlushAsync();
    }
}
