using System.Text.RegularExpressions;

namespace Archive.Core.Normalization.Text;

/// <summary>
/// A source's <see cref="SourceRules.DropLines"/> and <see cref="SourceRules.KeepLines"/> compiled, once per
/// <see cref="SourceRules"/> (a <see cref="CaptureProcessor"/> makes those once per site.yml rule, so in a build
/// each pattern is compiled once and used for every capture its rule matches). <see cref="TryCompile"/> is the one
/// compiler of line patterns: the site.yml check (<see cref="Building.SiteBuilder.LoadSettings"/>) calls it too, so
/// a pattern compiles there exactly when it compiles here, with the same options and timeout. Each pattern gets a
/// 50 ms match timeout, and a match that times out counts as no match. A pattern that does not compile is skipped
/// and listed in <see cref="Errors"/>, which the text reader reports as warning ARC202, so the reader never throws
/// on a bad rule. In <c>build</c>, <c>preview</c>, <c>extract</c> and <c>ner</c> that cannot happen with site.yml's
/// rules: the check reports a bad pattern as error ARC014 and stops before any capture is read.
/// </summary>
public sealed class LineRules
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(50);

    private readonly Regex[] _drop;
    private readonly Regex[] _keep;

    private LineRules(Regex[] drop, Regex[] keep, IReadOnlyList<string> errors)
    {
        _drop = drop;
        _keep = keep;
        Errors = errors;
    }

    public static LineRules Empty { get; } = new([], [], []);

    /// <summary>Patterns that failed to compile, with the reason.</summary>
    public IReadOnlyList<string> Errors { get; }

    public bool IsEmpty => _drop.Length == 0 && _keep.Length == 0;

    /// <summary>The patterns compiled; an empty list of each gives <see cref="Empty"/>.</summary>
    internal static LineRules Compile(IReadOnlyList<string> drop, IReadOnlyList<string> keep)
    {
        if (drop.Count == 0 && keep.Count == 0)
        {
            return Empty;
        }

        var errors = new List<string>();
        return new LineRules(Compile(drop, errors), Compile(keep, errors), errors);
    }

    /// <summary>Compiles one line pattern: culture-invariant, with the 50 ms match timeout; the error says why it does not compile.</summary>
    public static bool TryCompile(string pattern, out Regex? regex, out string? error)
    {
        try
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant, Timeout);
            error = null;
            return true;
        }
        catch (ArgumentException e)
        {
            regex = null;
            error = e.Message;
            return false;
        }
    }

    public bool Drops(ReadOnlySpan<char> line) => Matches(_drop, line);

    public bool Keeps(ReadOnlySpan<char> line) => Matches(_keep, line);

    private static bool Matches(Regex[] patterns, ReadOnlySpan<char> line)
    {
        foreach (var pattern in patterns)
        {
            try
            {
                if (pattern.IsMatch(line))
                {
                    return true;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A runaway pattern matches nothing rather than stalling the build.
            }
        }

        return false;
    }

    private static Regex[] Compile(IReadOnlyList<string> patterns, List<string> errors)
    {
        var compiled = new List<Regex>(patterns.Count);
        foreach (var pattern in patterns)
        {
            if (TryCompile(pattern, out var regex, out var error))
            {
                compiled.Add(regex!);
            }
            else
            {
                errors.Add($"'{pattern}': {error}");
            }
        }

        return [.. compiled];
    }
}
