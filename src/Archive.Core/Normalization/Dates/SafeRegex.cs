using System.Text.RegularExpressions;

namespace Archive.Core.Normalization.Dates;

/// <summary>Regex checks that treat a match timeout (a pathological or huge input, a starved machine) as no match.</summary>
internal static class SafeRegex
{
    public static bool IsMatch(Regex regex, string input)
    {
        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>The first match, or null on a timeout.</summary>
    public static Match? Match(Regex regex, string input)
    {
        try
        {
            return regex.Match(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
