using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Archive.Core.Caching;
using Archive.Core.Engine;

namespace Archive.Core.Output;

/// <summary>
/// Takes each page as soon as it is rendered and puts its bytes on disk, so a build holds a page only while
/// rendering it (memory stays flat however large the archive). Nothing is visible in the output folder until
/// <see cref="Commit"/>: a build that fails or is killed before that leaves the old site whole.
/// <list type="bullet">
/// <item>A new tree (cold builds): pages go into a staging folder beside the output folder, files whose bytes
/// did not change are hard links to the old ones (same inode, same time stamp), and the commit swaps the two
/// folders with two renames.</item>
/// <item>In place (incremental builds whose cache knows the output folder): only pages whose bytes changed are
/// written, each to a temporary name beside its target; the commit renames them over the old files and deletes
/// files no page produces any more.</item>
/// </list>
/// </summary>
public sealed class SiteSink
{
    private const string TemporarySuffix = ".archive-tmp";

    private readonly string _output;
    private readonly string _staging;
    private readonly bool _inPlace;
    private readonly ConcurrentDictionary<string, string?> _stored = new(StringComparer.Ordinal);

    // Folders known to exist: tens of thousands of pages share a few thousand folders, and each
    // CreateDirectory costs a stat and a mkdir even when the folder is there.
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private int _written;
    private int _unchanged;
    private bool _committed;

    private SiteSink(string outputDirectory, bool inPlace)
    {
        _output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        _staging = _output + ".staging";
        _inPlace = inPlace;
        if (!inPlace)
        {
            SiteWriter.DeleteIfExists(_staging);
            SiteWriter.DeleteIfExists(_output + ".previous");
            Directory.CreateDirectory(_staging);
        }
    }

    /// <summary>Assembles a new tree in a staging folder and swaps it in.</summary>
    public static SiteSink NewTree(string outputDirectory) => new(outputDirectory, inPlace: false);

    /// <summary>Rewrites only the changed files of an output folder whose contents are known.</summary>
    public static SiteSink InPlace(string outputDirectory) => new(outputDirectory, inPlace: true);

    public bool IsInPlace => _inPlace;

    /// <summary>Destinations whose file was written or replaced (not hard-linked or left alone), once committed.</summary>
    public IReadOnlyList<string> Changed { get; private set; } = [];

    /// <summary>Files of the previous output that no document produces any more, deleted by an in-place commit.</summary>
    public IReadOnlyList<string> Deleted { get; private set; } = [];

    /// <summary>
    /// Puts the document's bytes on disk now and returns it with content that reads them back on demand, so the
    /// caller can drop the bytes. Thread-safe; a second document for the same destination is a bug upstream.
    /// </summary>
    public Document Store(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var destination = document.Destination ?? throw new ArgumentException("Only documents with a destination are written.", nameof(document));
        if (IsStoredHere(document.Content))
        {
            return document;
        }

        if (!_stored.TryAdd(destination, null))
        {
            throw new InvalidOperationException($"Two documents are written to '{destination}'.");
        }

        var length = document.Content.Length;
        if (_inPlace && IsKept(document.Content))
        {
            // A page the build cache kept: it is the file already in this output folder, untouched.
            Interlocked.Increment(ref _unchanged);
            return document with { Content = new StoredFile(this, destination, length).AsMemory() };
        }

        var existing = SiteWriter.Confined(_output, destination);
        if (_inPlace)
        {
            if (SiteWriter.SameBytes(existing, document.Content.Span))
            {
                Interlocked.Increment(ref _unchanged);
                return document with { Content = new StoredFile(this, destination, length).AsMemory() };
            }

            EnsureFolder(Path.GetDirectoryName(existing)!);
            var temporary = existing + TemporarySuffix;
            WriteNew(temporary, document.Content.Span, FileMode.Create);
            _stored[destination] = temporary;
            Interlocked.Increment(ref _written);
            return document with { Content = new StoredFile(this, destination, length).AsMemory() };
        }

        var target = SiteWriter.Confined(_staging, destination);
        EnsureFolder(Path.GetDirectoryName(target)!);
        if ((ReusedFile.IsReuseOf(document.Content, existing) || SiteWriter.SameBytes(existing, document.Content.Span)) && SiteWriter.TryHardLink(existing, target))
        {
            Interlocked.Increment(ref _unchanged);
        }
        else
        {
            WriteNew(target, document.Content.Span, FileMode.CreateNew);
            _stored[destination] = target;
            Interlocked.Increment(ref _written);
        }

        return document with { Content = new StoredFile(this, destination, length).AsMemory() };
    }

    /// <summary>
    /// Stores whatever of <paramref name="documents"/> is not stored yet, then makes the new site visible. The
    /// documents are every file of the new site: in place, any other file of <paramref name="previousFiles"/> is deleted.
    /// </summary>
    public WriteStats Commit(IReadOnlyList<Document> documents, IReadOnlyCollection<string> previousFiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(previousFiles);
        var destinations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (!destinations.Add(document.Destination!))
            {
                throw new InvalidOperationException($"Two documents are written to '{document.Destination}'.");
            }
        }

        // In place, a page the build cache kept is the file already there: counted, not stored again.
        var kept = _inPlace ? documents.Count(d => !IsStoredHere(d.Content) && IsKept(d.Content)) : 0;
        Interlocked.Add(ref _unchanged, kept);
        var rest = documents.Where(d => !IsStoredHere(d.Content) && !(_inPlace && IsKept(d.Content))).ToList();
        Parallel.ForEach(rest, new ParallelOptions { CancellationToken = cancellationToken }, d => Store(d));
        cancellationToken.ThrowIfCancellationRequested();
        Changed = _stored.Where(kv => kv.Value is not null).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        if (_inPlace)
        {
            foreach (var destination in Changed)
            {
                File.Move(_stored[destination]!, SiteWriter.Confined(_output, destination), overwrite: true);
            }

            Deleted = DeleteStale(previousFiles, destinations);
        }
        else
        {
            var previous = _output + ".previous";
            if (Directory.Exists(_output))
            {
                Directory.Move(_output, previous);
            }

            Directory.Move(_staging, _output);
            SiteWriter.DeleteIfExists(previous);
        }

        _committed = true;
        return new WriteStats(_written, _unchanged);
    }

    /// <summary>After a failed build: removes what was written, so the old site stays as it was.</summary>
    public void Abandon()
    {
        if (_committed)
        {
            return;
        }

        if (_inPlace)
        {
            foreach (var temporary in _stored.Values.OfType<string>())
            {
                File.Delete(temporary);
            }
        }
        else
        {
            SiteWriter.DeleteIfExists(_staging);
        }
    }

    /// <summary>Where the bytes of a stored destination are now: the staged or temporary file, or its place in the output once committed.</summary>
    internal string PathOf(string destination) =>
        _committed || !_stored.TryGetValue(destination, out var path) || path is null ? SiteWriter.Confined(_output, destination) : path;

    private bool IsStoredHere(ReadOnlyMemory<byte> content) => StoredFile.Of(content)?.Sink == this;

    private static bool IsKept(ReadOnlyMemory<byte> content) => MemoryMarshal.TryGetMemoryManager<byte, ReusedFile>(content, out _);

    private static void WriteNew(string path, ReadOnlySpan<byte> content, FileMode mode)
    {
        // A handle and one positioned write: no stream buffer, no seek.
        using var handle = File.OpenHandle(path, mode, FileAccess.Write, FileShare.Read);
        RandomAccess.Write(handle, content, 0);
    }

    private void EnsureFolder(string folder)
    {
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, 0);
        }
    }

    private List<string> DeleteStale(IReadOnlyCollection<string> previousFiles, HashSet<string> destinations)
    {
        var removed = new List<string>();
        foreach (var file in previousFiles)
        {
            if (destinations.Contains(file))
            {
                continue;
            }

            var path = SiteWriter.Confined(_output, file);
            if (File.Exists(path))
            {
                File.Delete(path);
            }

            removed.Add(file);
            RemoveEmptyParents(Path.GetDirectoryName(path)!);
        }

        return removed;
    }

    private void RemoveEmptyParents(string directory)
    {
        while (directory.Length > _output.Length && directory.StartsWith(_output + Path.DirectorySeparatorChar, StringComparison.Ordinal)
               && Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.Delete(directory);
            directory = Path.GetDirectoryName(directory)!;
        }
    }
}
