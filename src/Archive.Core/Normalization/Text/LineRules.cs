using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Archive.Core.Normalization.Text;

/// <summary>
/// A source's <see cref="SourceRules.DropLines"/> and <see cref="SourceRules.KeepLines"/> compiled, once per
/// <see cref="SourceRules"/> instance (<see cref="CaptureNormaliser"/> makes a new instance for each capture, so
/// in a build that is once per capture). Each pattern gets a 50 ms match timeout, and a match that times out
/// counts as no match. A pattern that does not compile is skipped and listed in <see cref="Errors"/>, which the
/// text reader reports as warning ARC202, so the reader never throws on a bad rule. In <c>build</c> and
/// <c>preview</c> that cannot happen: <see cref="Building.SiteBuilder.LoadSettings"/> reports a bad pattern as
/// error ARC014 and the build stops before any capture is read.
/// </summary>
public sealed class LineRules
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(50);
    private static readonly ConditionalWeakTable<SourceRules, LineRules> Cache = [];

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

    /// <summary>The compiled rules of <paramref name="rules"/>, cached per instance.</summary>
    public static LineRules For(SourceRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.DropLines.Count == 0 && rules.KeepLines.Count == 0)
        {
            return Empty;
        }

        return Cache.GetValue(rules, static r =>
        {
            var errors = new List<string>();
            return new LineRules(Compile(r.DropLines, errors), Compile(r.KeepLines, errors), errors);
        });
    }

    /// <summary>
    /// Compiles one pattern the way the reader does. The site.yml check (<see cref="Building.SiteBuilder.LoadSettings"/>)
    /// does not call this: it compiles each pattern itself, with the same outcome for whether it compiles.
    /// </summary>
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
