using System.Collections.Concurrent;
using Archive.Core.Engine;
using Archive.Core.Inputs;
using Archive.Core.Output;

namespace Archive.Core.Rendering.Pages;

/// <summary>
/// Rendering's policy for keeping pages: a page whose layout (salted with everything every page can reach: base,
/// partials, assets, settings) and view model hash as they did when the last build wrote it keeps the file the
/// output folder holds. Made per build from the last build's page signatures and output manifest; what this build
/// rendered is in <see cref="Signatures"/> for the next one. Thread-safe.
/// </summary>
public sealed class PageReuse
{
    private readonly string _outputFolder;
    private readonly IReadOnlyDictionary<string, UInt128> _layoutSalts;
    private readonly IReadOnlyDictionary<string, UInt128> _previous;
    private readonly IReadOnlyDictionary<string, FileStamp>? _output;
    private readonly ConcurrentDictionary<string, UInt128> _signatures;
    private int _reused;
    private int _rendered;

    /// <param name="outputFolder">The output folder the last build wrote.</param>
    /// <param name="salts">The theme's salts (<see cref="ThemeSalts.Of"/>).</param>
    /// <param name="previousSignatures">Destination → signature of what the last build rendered there.</param>
    /// <param name="output">The output folder as the last build left it; null when it is not known to be, so nothing is kept.</param>
    internal PageReuse(string outputFolder, ThemeSalts salts, IReadOnlyDictionary<string, UInt128> previousSignatures, IReadOnlyDictionary<string, FileStamp>? output)
    {
        ArgumentNullException.ThrowIfNull(salts);
        _outputFolder = Path.GetFullPath(outputFolder);
        _layoutSalts = salts.Layouts;
        _previous = previousSignatures;
        // The state keeps the output folder sorted (for its file); a build looks a page up once or twice, 20,000 times
        // at 10,000 articles: hashed, not searched down a tree.
        _output = output is null ? null : new Dictionary<string, FileStamp>(output, StringComparer.Ordinal);
        _signatures = ConcurrentTables.Sized<string, UInt128>(previousSignatures.Count, StringComparer.Ordinal);
    }

    /// <summary>
    /// The only destinations to render (see <c>SiteBuilder.Focus</c>); any other page the last build wrote keeps its
    /// file and its last signature. Null renders every page whose signature changed.
    /// </summary>
    public IReadOnlySet<string>? Focus { get; init; }

    /// <summary>The signature of every page this build rendered or kept, by destination.</summary>
    public IReadOnlyDictionary<string, UInt128> Signatures => _signatures;

    public int Reused => _reused;

    public int Rendered => _rendered;

    /// <summary>The page as the output folder already holds it when it would render the same; null when it must be rendered.</summary>
    public Document? TryReuse(string layout, string destination, IReadOnlyDictionary<string, object?> variables)
    {
        if (Focus is { } focus && !focus.Contains(destination) && Unaffected(destination, page: true) is { } outOfFocus)
        {
            return outOfFocus;
        }

        var hash = new ContentHash()
            .Add(LayoutSalt(layout))
            .Add(layout)
            .Add(destination);
        ViewHasher.Add(hash, variables);
        var signature = hash.Value;
        _signatures[destination] = signature;
        if (_previous.TryGetValue(destination, out var previous) && previous == signature && KeptFile(destination) is { } kept)
        {
            return kept;
        }

        Interlocked.Increment(ref _rendered);
        return null;
    }

    /// <summary>
    /// A file the last build wrote whose inputs are known not to have changed (a preview edit that left it alone):
    /// the file as the output holds it, keeping its page signature when it is a page; null when it cannot be kept.
    /// </summary>
    public Document? Unaffected(string destination, bool page)
    {
        var signature = default(UInt128);
        if (page && !_previous.TryGetValue(destination, out signature))
        {
            return null;
        }

        var kept = KeptFile(destination);
        if (kept is not null && page)
        {
            _signatures[destination] = signature;
        }

        return kept;
    }

    /// <summary>The salt a page of <paramref name="layout"/> is signed with; a layout the theme lacks has none that repeats.</summary>
    internal UInt128 LayoutSalt(string layout) => _layoutSalts.TryGetValue(layout, out var salt) ? salt : (UInt128)Guid.NewGuid().GetHashCode();

    /// <summary>Whether the last build signed a page at <paramref name="destination"/> and the output folder still holds its file.</summary>
    internal bool CanKeep(string destination) => _previous.ContainsKey(destination) && HeldFile(destination) is not null;

    /// <summary>The file the output folder holds at <paramref name="destination"/>, when it is one this build can keep.</summary>
    private FileStamp? HeldFile(string destination) =>
        _output is not null && _output.TryGetValue(destination, out var stamp) && stamp.Length <= int.MaxValue ? stamp : null;

    private Document? KeptFile(string destination)
    {
        if (HeldFile(destination) is not { } stamp)
        {
            return null;
        }

        Interlocked.Increment(ref _reused);
        return Document.Output(destination, new ReusedFile(SiteWriter.Confined(_outputFolder, destination), (int)stamp.Length).AsMemory());
    }
}
