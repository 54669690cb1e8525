namespace Archive.Core.Normalization;

/// <summary>
/// Says why a file cannot be a capture at all — empty, or binary — before any reader sees it, so the
/// archive gets no page of garbage and the build report says what happened to the file.
/// </summary>
public static class CaptureScreen
{
    private const int Sample = 8192;

    public static string? Reject(ReadOnlySpan<byte> bytes)
    {
        var text = bytes;
        if (text.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || text.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            // UTF-16 has a NUL in every other byte of Latin text: decode before judging.
            return CaptureInput.Decode(bytes).AsSpan().Trim().IsEmpty ? "empty" : null;
        }

        if (text.Trim((ReadOnlySpan<byte>)[0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF]).IsEmpty)
        {
            return "empty";
        }

        var sample = text[..Math.Min(text.Length, Sample)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return "binary";
            }

            if (b < 0x20 && b is not 0x09 and not 0x0A and not 0x0D and not 0x0C)
            {
                control++;
            }
        }

        return control * 10 > sample.Length ? "binary" : null;
    }
}
