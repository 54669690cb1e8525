namespace Archive.Site.Tests.Search;

/// <summary>One line of relevance.tsv: on <see cref="Site"/>, <see cref="Query"/> must rank <see cref="Article"/> in the first three.</summary>
internal sealed record RelevanceCase(string Site, string Kind, string Query, string Article)
{
    public static IReadOnlyList<RelevanceCase> ReadAll(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(f => f.Length == 4 ? new RelevanceCase(f[0], f[1], f[2], f[3]) : throw new FormatException($"{path}: expected 4 tab-separated columns: {string.Join('|', f)}"))
            .ToList();
}
