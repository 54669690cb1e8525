using System.Collections.Frozen;
using System.Security.Cryptography;

namespace Archive.Core.Assets;

/// <summary>
/// Theme assets (<c>theme/assets/**</c>) with a content hash in their file name
/// (<c>css/site.css</c> → <c>/assets/css/site.1a2b3c4d.css</c>), so a changed file is never served stale
/// from a CDN and unchanged ones can be cached for a year.
/// </summary>
public sealed class AssetManifest
{
    private readonly FrozenDictionary<string, string> _urls;

    private AssetManifest(IReadOnlyList<(string Logical, string Destination, byte[] Bytes)> assets)
    {
        Assets = assets;
        _urls = assets.ToFrozenDictionary(a => a.Logical, a => "/" + a.Destination, StringComparer.Ordinal);
    }

    public IReadOnlyList<(string Logical, string Destination, byte[] Bytes)> Assets { get; }

    /// <summary>A theme without assets.</summary>
    public static AssetManifest Empty { get; } = new([]);

    public static AssetManifest Load(string themeDirectory)
    {
        var root = Path.Combine(themeDirectory, "assets");
        var assets = new List<(string, string, byte[])>();
        if (Directory.Exists(root))
        {
            // Regular files only, no folder reached through a link (see FolderWalk): a pipe or a link loop in the theme must not hang the build.
            foreach (var path in Inputs.FolderWalk.Walk(root, _ => true).Files.Select(f => f.FullPath).Order(StringComparer.Ordinal))
            {
                var logical = Path.GetRelativePath(root, path).Replace('\\', '/');
                var bytes = File.ReadAllBytes(path);
                var hash = Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 5));
                var extension = Path.GetExtension(logical);
                var destination = $"assets/{logical[..^extension.Length]}.{hash}{extension}";
                assets.Add((logical, destination, bytes));
            }
        }

        return new AssetManifest(assets);
    }

    /// <summary>The fingerprinted URL of an asset; an unknown name is a template error.</summary>
    public string Url(string logical) =>
        _urls.TryGetValue(logical, out var url) ? url : throw new ArgumentException($"The theme has no asset '{logical}'.", nameof(logical));
}
