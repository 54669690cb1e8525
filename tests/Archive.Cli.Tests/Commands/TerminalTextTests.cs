using Archive.Cli.Commands;

namespace Archive.Cli.Tests.Commands;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("input/plain.txt", "input/plain.txt")]
    [InlineData("Zürich – 東京 🙂.txt", "Zürich – 東京 🙂.txt")]
    [InlineData("a\u001b[31mb", @"a\x1B[31mb")]
    [InlineData("bell\u0007", @"bell\x07")]
    [InlineData("nul\0", @"nul\x00")]
    [InlineData("del\u007f", @"del\x7F")]
    [InlineData("csi\u009b2J", @"csi\x9B2J")]
    [InlineData("two\nlines\r\n\ttab", @"two\x0Alines\x0D\x0A\x09tab")]
    public void A_line_keeps_ordinary_unicode_and_shows_every_control_character_as_an_escape(string text, string expected)
    {
        Assert.Equal(expected, TerminalText.Line(text));
    }

    [Theory]
    [InlineData("one\ntwo\r\n\tthree", "one\ntwo\r\n\tthree")]
    [InlineData("lone\rreturn", @"lone\x0Dreturn")]
    [InlineData("a\u001b[2Jb\n", "a\\x1B[2Jb\n")]
    public void Lines_keep_line_breaks_and_tabs_and_escape_the_rest(string text, string expected)
    {
        Assert.Equal(expected, TerminalText.Lines(text));
    }

    [Fact]
    public void The_standard_error_writer_escapes_whatever_overload_is_used()
    {
        using var inner = new StringWriter { NewLine = "\n" };
        using var writer = TerminalText.Writer(inner);

        writer.Write('\u001b');
        writer.Write("[31m");
        writer.Write("x\u001by".ToCharArray(), 0, 3);
        writer.Write("z\u009b".AsSpan());
        writer.WriteLine("end\u0007");
        writer.Flush();

        Assert.Equal("\\x1B[31mx\\x1Byz\\x9Bend\\x07\n", inner.ToString());
    }

    [Fact]
    public void Null_and_empty_text_print_as_nothing()
    {
        Assert.Equal("", TerminalText.Line(null));
        Assert.Equal("", TerminalText.Lines(""));
    }
}
