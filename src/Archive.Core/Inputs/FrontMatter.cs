namespace Archive.Core.Inputs;

/// <summary>Splits a Markdown note into its YAML front matter (between <c>---</c> lines) and its body.</summary>
public static class FrontMatter
{
    public static (string? Yaml, string Body, int BodyLine) Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!normalised.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (null, normalised, 1);
        }

        var end = normalised.IndexOf("\n---", 3, StringComparison.Ordinal);
        while (end >= 0)
        {
            var after = end + 4;
            if (after == normalised.Length || normalised[after] == '\n')
            {
                var yaml = normalised[4..(end + 1)];
                var body = after < normalised.Length ? normalised[(after + 1)..] : "";
                var bodyLine = normalised.AsSpan(0, Math.Min(after + 1, normalised.Length)).Count('\n') + 1;
                return (yaml, body, bodyLine);
            }

            end = normalised.IndexOf("\n---", after, StringComparison.Ordinal);
        }

        return (null, normalised, 1);
    }
}
