using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Archive.Core.Model;

namespace Archive.Core.Images;

/// <summary>
/// The images of the archive, encoded once: a folder keyed by the hash of each image's source bytes. An image whose
/// encoded files are there for the current widths (<see cref="ImageWidths.Key"/>) is not encoded again, in this build or
/// the next; that is how images count in the incremental cache. Lives under the cache folder (<c>.cache/images</c>), or
/// in a temporary folder deleted after a build without a cache. Thread-safe.
/// </summary>
public sealed class ImageStore : IDisposable
{
    private readonly string _folder;
    private readonly bool _temporary;
    private readonly ConcurrentDictionary<string, Lazy<(StoredImage? Image, string? Problem)>> _encoded = new(StringComparer.Ordinal);
    private int _encodes;

    private ImageStore(string folder, bool temporary)
    {
        _folder = folder;
        _temporary = temporary;
    }

    /// <summary>A store kept between builds in <paramref name="folder"/>.</summary>
    public static ImageStore At(string folder) => new(folder, temporary: false);

    /// <summary>A store for one build, deleted when disposed; its folder is made with its first image, so a build without images leaves none.</summary>
    public static ImageStore Temporary() => new(Path.Combine(Path.GetTempPath(), "archive-images-" + Guid.NewGuid().ToString("N")), temporary: true);

    /// <summary>Images encoded by this store since it was made (reused ones are not counted).</summary>
    public int Encodes => Volatile.Read(ref _encodes);

    /// <summary>The hash an image is stored under: the start of the SHA-256 of its bytes.</summary>
    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..20];

    /// <summary>The path of one of the store's encoded files (<see cref="ImageWidths.FileName"/>).</summary>
    public string PathOf(string fileName) => Path.Combine(_folder, fileName);

    /// <summary>Keeps an image's bytes for a later <see cref="Encode"/> (a WARC's images arrive before the pages that show them are known); returns its hash.</summary>
    public string Keep(ReadOnlySpan<byte> bytes)
    {
        var hash = HashOf(bytes);
        var source = SourcePath(hash);
        if (!File.Exists(ManifestPath(hash)) && !File.Exists(source))
        {
            WriteAtomically(source, bytes);
        }

        return hash;
    }

    /// <summary>The stored image of <paramref name="bytes"/>, encoded now unless the store has it.</summary>
    public (StoredImage? Image, string? Problem) Store(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var hash = HashOf(bytes);
        return _encoded.GetOrAdd(hash, h => new Lazy<(StoredImage?, string?)>(() => Load(h) ?? EncodeNow(h, bytes))).Value;
    }

    /// <summary>The stored image of bytes kept earlier with <see cref="Keep"/>.</summary>
    public (StoredImage? Image, string? Problem) Encode(string hash) =>
        _encoded.GetOrAdd(hash, h => new Lazy<(StoredImage?, string?)>(() =>
            Load(h) ?? (File.Exists(SourcePath(h)) ? EncodeNow(h, File.ReadAllBytes(SourcePath(h))) : (null, "its bytes are no longer kept")))).Value;

    private (StoredImage?, string?)? Load(string hash)
    {
        var manifest = ManifestPath(hash);
        if (!File.Exists(manifest))
        {
            return null;
        }

        var parts = File.ReadAllText(manifest).Split(' ');
        if (parts.Length != 4 || parts[0] != ImageWidths.Key ||
            !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var width) || !int.TryParse(parts[2], CultureInfo.InvariantCulture, out var height))
        {
            return null;
        }

        var image = new StoredImage(hash, width, height, parts[3]);
        return FilesOf(image).All(name => File.Exists(PathOf(name))) ? (image, null) : null;
    }

    private (StoredImage?, string?) EncodeNow(string hash, byte[] bytes)
    {
        var (image, files, problem) = ImageEncoder.Encode(hash, bytes);
        Interlocked.Increment(ref _encodes);
        if (image is null)
        {
            return (null, problem);
        }

        foreach (var (name, data) in files)
        {
            WriteAtomically(PathOf(name), data);
        }

        // The manifest last: a store killed mid-way has no manifest, and the image is encoded again.
        WriteAtomically(ManifestPath(hash), System.Text.Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{ImageWidths.Key} {image.Width} {image.Height} {image.Format}")));
        File.Delete(SourcePath(hash));
        return (image, null);
    }

    /// <summary>The names of an image's encoded files: WebP and the fallback at each width.</summary>
    public static IEnumerable<string> FilesOf(StoredImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        foreach (var width in ImageWidths.For(image.Width))
        {
            yield return ImageWidths.FileName(image.Hash, width, "webp");
            yield return ImageWidths.FileName(image.Hash, width, image.Format);
        }
    }

    private string ManifestPath(string hash) => Path.Combine(_folder, hash + ".txt");

    private string SourcePath(string hash) => Path.Combine(_folder, hash + ".source");

    private static void WriteAtomically(string path, ReadOnlySpan<byte> bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!); // the store's folder, made with its first file
        var temporary = path + "." + Environment.CurrentManagedThreadId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(bytes);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public void Dispose()
    {
        if (_temporary)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
        }
    }
}
