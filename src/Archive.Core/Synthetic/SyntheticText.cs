using System.Globalization;
using System.Text;

namespace Archive.Core.Synthetic;

/// <summary>Template filling and slugs for the synthetic archive; culture-invariant throughout.</summary>
internal static class SyntheticText
{
    /// <summary>
    /// Replaces each <c>{key}</c> with <paramref name="values"/>[key]; <c>{Key}</c> gives the value of
    /// <c>key</c> with its first letter in upper case.
    /// </summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var builder = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            builder.Append(template, i, open - i);
            var key = template[(open + 1)..close];
            if (values.TryGetValue(key, out var value))
            {
                builder.Append(value);
            }
            else if (key.Length > 0 && char.IsUpper(key[0]) && values.TryGetValue(char.ToLowerInvariant(key[0]) + key[1..], out var lower))
            {
                builder.Append(Capitalise(lower));
            }
            else
            {
                throw new InvalidOperationException($"Template '{template}' uses unknown slot '{key}'.");
            }

            i = close + 1;
        }

        return builder.ToString();
    }

    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Lower-case ASCII words joined by hyphens ("Valparaíso" gives "valparaiso").</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
