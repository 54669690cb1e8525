namespace Archive.Core.Tests.Support;

/// <summary>Golden cases as data folders: <c>Fixtures/&lt;area&gt;/NNN-case/</c>, enumerated in name order for a [Theory].</summary>
internal static class GoldenCases
{
    public static string Root(params string[] area) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. area]);

    public static TheoryData<string> Under(params string[] area)
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.GetDirectories(Root(area)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }
}
