using System.Buffers;
using System.Text;
using Scriban;
using Scriban.Runtime;

namespace Archive.Core.Rendering;

/// <summary>
/// The output of a page's outermost render: encodes what the template writes straight into UTF-8 bytes, so the
/// page never exists as one string (nor as a builder's copy of it) before it is encoded. Holds the render to
/// <see cref="RenderLimits.MaxOutputChars"/> as <see cref="BoundedOutput"/> does. The encoder keeps a surrogate
/// pair split across two writes whole, so the bytes are those <see cref="Encoding.UTF8"/> gives for the whole text.
/// </summary>
internal sealed class Utf8Output(IBufferWriter<byte> destination, TemplateContext context, int maxChars) : IScriptOutput
{
    private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();
    private long _chars;

    public void Write(string text, int offset, int count)
    {
        if (count > maxChars - _chars)
        {
            throw new TemplateLimitException(
                TemplateLimitException.Output,
                context.CurrentSpan,
                $"The template wrote more than {maxChars:N0} characters; a template that writes without end is stopped here.");
        }

        _chars += count;
        Encode(text.AsSpan(offset, count), flush: false);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Writes out what the encoder still holds (half of a surrogate pair at the very end).</summary>
    public void Flush() => Encode([], flush: true);

    /// <summary>The text went to the byte destination: Scriban's <c>Template.Render</c> asks for it and gets nothing.</summary>
    public override string ToString() => "";

    private void Encode(ReadOnlySpan<char> chars, bool flush)
    {
        var bytes = destination.GetSpan(Encoding.UTF8.GetMaxByteCount(chars.Length));
        _encoder.Convert(chars, bytes, flush, out _, out var written, out _);
        destination.Advance(written);
    }
}
