using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Archive.Core.Diagnostics;
using Archive.Core.Engine;

namespace Archive.Core.Output;

/// <summary>
/// Takes each page as soon as it is rendered and puts its bytes on disk, so a build holds a page only while
/// rendering it (memory stays flat however large the archive). Nothing is visible in the output folder until
/// <see cref="Commit"/>, and a commit shows either the old site or the new one, never a mix
/// (docs/reliability.md):
/// <list type="bullet">
/// <item>A new tree (every <c>build</c>): pages go into the staging folder beside the output folder, files whose
/// bytes did not change are hard links to the old ones (same inode, same time stamp), and the commit exchanges
/// the two folders in one atomic rename (Linux <c>renameat2</c>; elsewhere two renames that
/// <see cref="Recover"/> completes after a crash).</item>
/// <item>In place (a running preview, which owns the output folder): only pages whose bytes changed are written,
/// into the staging folder; the commit writes a journal of the moves and deletions, then applies it. A commit
/// that is killed half-way is finished by <see cref="Recover"/>, which every command that reads or writes the
/// output folder calls first.</item>
/// </list>
/// </summary>
public sealed class SiteSink
{
    private readonly OutputFolder _folder;
    private readonly bool _inPlace;
    private readonly ConcurrentDictionary<string, string?> _stored = new(StringComparer.Ordinal);

    // Folders known to exist: tens of thousands of pages share a few thousand folders, and each
    // CreateDirectory costs a stat and a mkdir even when the folder is there.
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _stagingDiagnostics = [];
    private IReadOnlyList<IStagingStep> _stagingSteps = [];
    private int _written;
    private int _unchanged;
    private bool _committed;
    private bool _committing;

    // Fault-injection tests: called with a step's name before each step of a commit that changes what is on disk
    // in or beside the output folder, where a kill would leave its mark.
    private readonly Action<string>? _beforeStep;

    private SiteSink(string outputDirectory, bool inPlace, Action<string>? beforeStep)
    {
        _folder = new OutputFolder(outputDirectory);
        _inPlace = inPlace;
        _beforeStep = beforeStep;
        Recover(_folder);
        Directory.CreateDirectory(_folder.Staging);
    }

    /// <summary>Assembles a new tree in a staging folder and swaps it in.</summary>
    public static SiteSink NewTree(string outputDirectory, Action<string>? beforeStep = null) => new(outputDirectory, inPlace: false, beforeStep);

    /// <summary>Rewrites only the changed files of an output folder whose contents are known.</summary>
    public static SiteSink InPlace(string outputDirectory, Action<string>? beforeStep = null) => new(outputDirectory, inPlace: true, beforeStep);

    public bool IsInPlace => _inPlace;

    /// <summary>Whether <see cref="Commit"/> has begun to change the output folder; until then a build can be dropped whole.</summary>
    public bool Committed => Volatile.Read(ref _committing);

    /// <summary>Destinations whose file was written or replaced (not hard-linked or left alone), once committed.</summary>
    public IReadOnlyList<string> Changed { get; private set; } = [];

    /// <summary>Files of the previous output that no document produces any more, deleted by an in-place commit.</summary>
    public IReadOnlyList<string> Deleted { get; private set; } = [];

    /// <summary>What the staging steps reported during <see cref="Commit"/>.</summary>
    public IReadOnlyList<Diagnostic> StagingDiagnostics => _stagingDiagnostics;

    /// <summary>
    /// Steps run over the complete staged tree just before a new tree is swapped in (see <see cref="IStagingStep"/>).
    /// An in-place commit does not run them and leaves their folders alone: <see cref="StagingRefresh"/> renews those.
    /// </summary>
    public void UseStagingSteps(IReadOnlyList<IStagingStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        _stagingSteps = steps;
    }


    /// <summary>
    /// Finishes or discards what a build killed before the end left beside <paramref name="folder"/>: a journaled
    /// in-place commit is completed, a half-swapped tree is swapped in, anything else staged is deleted. The
    /// output folder is then either the old site or the new one.
    /// </summary>
    public static void Recover(OutputFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (File.Exists(folder.Journal))
        {
            Apply(folder, CommitJournal.Read(folder.Journal), beforeStep: null);
        }
        else
        {
            SiteWriter.FinishSwap(folder);
        }

        SiteWriter.DeleteIfExists(folder.Staging);
    }

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

        if (_inPlace && IsKept(document.Content))
        {
            // A page the build cache kept is the file already in the output folder: nothing to record (most pages of
            // a preview rebuild, so this path takes no lock); Commit still finds two documents for one destination.
            Interlocked.Increment(ref _unchanged);
            return document with { Content = new StoredFile(this, destination, document.Content.Length).AsMemory() };
        }

        if (!_stored.TryAdd(destination, null))
        {
            throw new InvalidOperationException($"Two documents are written to '{destination}'.");
        }

        var length = document.Content.Length;
        var existing = SiteWriter.Confined(_folder.Path, destination);
        if (_inPlace && (IsKept(document.Content) || SiteWriter.SameBytes(existing, document.Content.Span)))
        {
            // A page the build cache kept, or one whose bytes did not change: the file already in the output folder.
            Interlocked.Increment(ref _unchanged);
            return document with { Content = new StoredFile(this, destination, length).AsMemory() };
        }

        var target = SiteWriter.Confined(_folder.Staging, destination);
        EnsureFolder(Path.GetDirectoryName(target)!);
        if (!_inPlace && (ReusedFile.IsReuseOf(document.Content, existing) || SiteWriter.SameBytes(existing, document.Content.Span)) && SiteWriter.TryHardLink(existing, target))
        {
            Interlocked.Increment(ref _unchanged);
        }
        else
        {
            WriteNew(target, document.Content.Span);
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
            Volatile.Write(ref _committing, true);
            var stepFolders = _stagingSteps.Select(step => step.Folder.TrimEnd('/') + "/").ToArray();
            var deleted = previousFiles
                .Where(f => !destinations.Contains(f) && !stepFolders.Any(folder => f.StartsWith(folder, StringComparison.Ordinal)))
                .Order(StringComparer.Ordinal)
                .ToList();
            var journal = new CommitJournal(Changed, deleted);
            _beforeStep?.Invoke("write journal");
            journal.Write(_folder.Journal);
            Apply(_folder, journal, _beforeStep);
            Deleted = deleted;
        }
        else
        {
            RunStagingSteps(cancellationToken);
            Volatile.Write(ref _committing, true);
            SiteWriter.Swap(_folder, _beforeStep);
        }

        _beforeStep?.Invoke("delete staging");
        SiteWriter.DeleteIfExists(_folder.Staging);
        _committed = true;
        return new WriteStats(_written, _unchanged);
    }

    /// <summary>After a failed build: removes what was written, so the old site stays as it was.</summary>
    public void Abandon()
    {
        if (!_committed)
        {
            Recover(_folder);
        }
    }

    /// <summary>Where the bytes of a stored destination are now: the staged file, or its place in the output once committed.</summary>
    internal string PathOf(string destination) =>
        _committed || !_stored.TryGetValue(destination, out var path) || path is null ? SiteWriter.Confined(_folder.Path, destination) : path;

    /// <summary>Moves each staged file of <paramref name="journal"/> into place and deletes the files it names; safe to run again.</summary>
    private static void Apply(OutputFolder folder, CommitJournal journal, Action<string>? beforeStep)
    {
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var destination in journal.Moved)
        {
            beforeStep?.Invoke("move " + destination);
            var staged = SiteWriter.Confined(folder.Staging, destination);
            if (!File.Exists(staged))
            {
                continue; // moved by an earlier, interrupted attempt
            }

            var target = SiteWriter.Confined(folder.Path, destination);
            var parent = Path.GetDirectoryName(target)!;
            if (created.Add(parent))
            {
                Directory.CreateDirectory(parent);
            }

            File.Move(staged, target, overwrite: true);
        }

        foreach (var destination in journal.Deleted)
        {
            beforeStep?.Invoke("delete " + destination);
            var path = SiteWriter.Confined(folder.Path, destination);
            if (File.Exists(path))
            {
                File.Delete(path);
            }

            RemoveEmptyParents(folder.Path, Path.GetDirectoryName(path)!);
        }

        File.Delete(folder.Journal);
    }

    private void RunStagingSteps(CancellationToken cancellationToken)
    {
        foreach (var step in _stagingSteps)
        {
            _beforeStep?.Invoke("staging step " + step.Folder);
            _stagingDiagnostics.AddRange(step.Run(_folder.Staging, SiteWriter.Confined(_folder.Staging, step.Folder), cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private bool IsStoredHere(ReadOnlyMemory<byte> content) => StoredFile.Of(content)?.Sink == this;

    private static bool IsKept(ReadOnlyMemory<byte> content) => MemoryMarshal.TryGetMemoryManager<byte, ReusedFile>(content, out _);

    private static void WriteNew(string path, ReadOnlySpan<byte> content)
    {
        // A handle and one positioned write: no stream buffer, no seek.
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
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

    private static void RemoveEmptyParents(string root, string directory)
    {
        while (directory.Length > root.Length && directory.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
               && Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.Delete(directory);
            directory = Path.GetDirectoryName(directory)!;
        }
    }
}
