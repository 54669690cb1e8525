using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using Archive.Core.Engine;

namespace Archive.Core.Rendering.Pages;

/// <summary>
/// Hashes the values a template is given: strings, numbers, dates, enums, lists, dictionaries and the
/// public properties of any other object (view records, or domain objects a template is handed), so a page
/// is rendered again exactly when something it can see has changed. Generic on purpose: a new view type
/// or page kind needs no change here. A value that is listed on many pages (an article in a list) can hash itself once
/// (<see cref="IViewHashed"/>).
/// </summary>
internal static class ViewHasher
{
    private const int MaxDepth = 24;
    private static readonly ConcurrentDictionary<Type, (string Name, Func<object, object?> Read)[]> Members = new();

    public static void Add(ContentHash hash, object? value) => Add(hash, value, 0, new object[MaxDepth + 1]);

    /// <summary>The hash of <paramref name="value"/> alone, as <see cref="Add(ContentHash, object?)"/> would add it.</summary>
    public static UInt128 Of(object? value)
    {
        var hash = new ContentHash();
        Add(hash, value);
        return hash.Value;
    }

    // The objects being walked are kept on a stack of at most MaxDepth, not in a set: view models are shallow trees, so a
    // scan of the path finds a cycle for less than hashing every object into a set (which was half of this walk's time).
    private static void Add(ContentHash hash, object? value, int depth, object[] path)
    {
        switch (value)
        {
            case null:
                hash.Add("\0null");
                return;
            case string text:
                hash.Add(text);
                return;
            case Enum:
                hash.Add(value.GetType().Name).Add(value.ToString());
                return;
            case IFormattable formattable:
                // Numbers of every width, dates, Guids: their text is their value (a UInt128 has no public members to
                // walk, so the walk below would hash every one of them alike).
                hash.Add(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            case bool flag:
                hash.Add(flag ? 1 : 0);
                return;
            case IViewHashed hashed:
                hash.Add("\0hashed").Add(hashed.ViewHash);
                return;
        }

        if (depth > MaxDepth || OnPath(path, depth, value))
        {
            // Too deep or a cycle: a signature that never matches, so the page is always rendered.
            hash.Add(Guid.NewGuid().ToString());
            return;
        }

        path[depth] = value;
        try
        {
            switch (value)
            {
                case IDictionary dictionary:
                    var entries = new List<(string Key, object? Value)>();
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        entries.Add((Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "", entry.Value));
                    }

                    hash.Add("\0dict").Add(entries.Count);
                    foreach (var (key, item) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                    {
                        hash.Add(key);
                        Add(hash, item, depth + 1, path);
                    }

                    return;
                case IEnumerable sequence:
                    hash.Add("\0list");
                    var count = 0;
                    foreach (var item in sequence)
                    {
                        Add(hash, item, depth + 1, path);
                        count++;
                    }

                    hash.Add(count);
                    return;
                default:
                    var type = value.GetType();
                    hash.Add(type.FullName);
                    foreach (var (name, read) in Members.GetOrAdd(type, Readable))
                    {
                        hash.Add(name);
                        Add(hash, read(value), depth + 1, path);
                    }

                    return;
            }
        }
        finally
        {
            path[depth] = null!;
        }
    }

    private static bool OnPath(object[] path, int depth, object value)
    {
        for (var i = 0; i < depth; i++)
        {
            if (ReferenceEquals(path[i], value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Public properties and fields (tuples have only fields), by name.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "View models are Archive.Core types, which the native build keeps whole (TrimmerRootAssembly in Archive.Cli.csproj).")]
    private static (string Name, Func<object, object?> Read)[] Readable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => (p.Name, (Func<object, object?>)p.GetValue))
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => (f.Name, (Func<object, object?>)f.GetValue)))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToArray();
}

/// <summary>
/// A view value that hashes itself, once: for values shown on many pages (an article listed on its tags', entities',
/// source's and dates' pages), so that each page's signature adds one hash per item instead of walking it again. Its
/// hash must cover every public member a template can read.
/// </summary>
internal interface IViewHashed
{
    UInt128 ViewHash { get; }
}
