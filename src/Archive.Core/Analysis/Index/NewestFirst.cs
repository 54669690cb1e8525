using Archive.Core.Model;

namespace Archive.Core.Analysis.Index;

/// <summary>Newest published first, undated last; ties by title, then source path, so the order is total.</summary>
public sealed class NewestFirst : IComparer<Article>
{
    public static NewestFirst Instance { get; } = new();

    public int Compare(Article? x, Article? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var byDate = (y.Published ?? DateOnly.MinValue).CompareTo(x.Published ?? DateOnly.MinValue);
        if (byDate != 0)
        {
            return byDate;
        }

        var byTitle = string.CompareOrdinal(x.Title, y.Title);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(x.SourcePath, y.SourcePath);
    }
}
