namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>
/// Hashes feature templates and their parts to 32-bit keys without allocating feature strings: each
/// string part is hashed once per token (64-bit FNV-1a over UTF-16 code units) and the part hashes are
/// combined with the template number, then finalised (MurmurHash3 fmix64). Zero is never returned.
/// </summary>
internal static class FeatureHash
{
    public const ulong Offset = 14695981039346656037UL;
    public const ulong Prime = 1099511628211UL;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private const ulong Multiplier = 0xC2B2AE3D27D4EB4FUL;

    public static ulong Of(ReadOnlySpan<char> part)
    {
        var hash = Offset;
        foreach (var c in part)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    /// <summary>A hash for a small number (a flag set or a bucket), distinct from string hashes in practice.</summary>
    public static ulong Of(int value) => ((ulong)(uint)value + 1) * Golden;

    public static uint Key(int template, ulong a) => Finish(Combine((ulong)template * Golden, a));

    public static uint Key(int template, ulong a, ulong b) => Finish(Combine(Combine((ulong)template * Golden, a), b));

    public static uint Key(int template, ulong a, ulong b, ulong c) =>
        Finish(Combine(Combine(Combine((ulong)template * Golden, a), b), c));

    private static ulong Combine(ulong hash, ulong part)
    {
        hash ^= part;
        hash *= Multiplier;
        return hash ^ (hash >> 31);
    }

    private static uint Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53UL;
        hash ^= hash >> 33;
        var key = (uint)hash ^ (uint)(hash >> 32);
        return key == 0 ? 1 : key;
    }
}
