namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>Word shapes: upper case to X, lower case to x, digits to d, other characters kept.</summary>
internal static class TokenShape
{
    private const int MaxLength = 12;

    /// <summary>
    /// The feature hash of the shape with runs of one class collapsed: "Kerry" → "Xx", "U.S." → "X.X.",
    /// "1996-08-30" → "d-d-d" (hashed from a stack buffer, the string is never made).
    /// </summary>
    public static ulong CollapsedHash(string token)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return FeatureHash.Of(buffer[..Collapsed(token, buffer)]);
    }

    /// <summary>The feature hash of the shape of the first four characters, then the collapsed rest: "Kerry" → "Xxxx", "NATO" → "XXXX".</summary>
    public static ulong LongHash(string token)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return FeatureHash.Of(buffer[..Long(token, buffer)]);
    }

    private static int Collapsed(string token, Span<char> buffer)
    {
        ArgumentNullException.ThrowIfNull(token);
        var length = 0;
        var last = '\0';
        foreach (var c in token)
        {
            var mapped = Map(c);
            if (mapped != last || !(mapped is 'X' or 'x' or 'd'))
            {
                buffer[length++] = mapped;
                last = mapped;
                if (length == MaxLength)
                {
                    break;
                }
            }
        }

        return length;
    }

    private static int Long(string token, Span<char> buffer)
    {
        ArgumentNullException.ThrowIfNull(token);
        var length = 0;
        var last = '\0';
        for (var i = 0; i < token.Length && length < MaxLength; i++)
        {
            var mapped = Map(token[i]);
            if (i < 4 || mapped != last)
            {
                buffer[length++] = mapped;
            }

            last = mapped;
        }

        return length;
    }

    public static bool IsCapitalised(string token) => token.Length > 0 && char.IsUpper(token[0]);

    public static bool HasLetter(string token)
    {
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsAllCaps(string token)
    {
        var letters = 0;
        foreach (var c in token)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 0;
    }

    public static bool IsLowerWord(string token) => token.Length > 0 && char.IsLower(token[0]);

    private static char Map(char c) =>
        char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
}
