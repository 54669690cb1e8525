namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>
/// Hashes feature templates and their string parts to 32-bit keys (64-bit FNV-1a over UTF-16 code units,
/// then a finaliser), so no feature string is ever allocated. Zero is never returned (it marks empty slots).
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Start(int template) => (Offset ^ (uint)template) * Prime;

    public static ulong Add(ulong hash, ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            hash = (hash ^ c) * Prime;
        }

        return (hash ^ 0x1F) * Prime;
    }

    public static ulong Add(ulong hash, int value) => (hash ^ (uint)value ^ 0x9E3779B9U) * Prime;

    public static uint Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        var key = (uint)hash ^ (uint)(hash >> 32);
        return key == 0 ? 1 : key;
    }
}
