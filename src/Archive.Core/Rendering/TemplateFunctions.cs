namespace Archive.Core.Rendering;

/// <summary>
/// Functions a site adds to its templates beside the built-in <c>partial</c>, <c>asset</c> and <c>raw</c>:
/// <c>functions.Add("shout", args => args[0]?.ToString()?.ToUpperInvariant())</c> is then
/// <c>{{ shout page.title }}</c>. What a function returns is HTML-escaped when written, like any value, unless it
/// is a <see cref="RawHtml"/> the function built itself.
/// </summary>
public sealed class TemplateFunctions
{
    private static readonly HashSet<string> BuiltIn = new(StringComparer.Ordinal) { "partial", "asset", "raw" };
    private readonly Dictionary<string, (int Required, int Maximum, Func<object?[], object?> Body)> _functions = new(StringComparer.Ordinal);

    /// <summary>Adds a function taking between <paramref name="required"/> and <paramref name="maximum"/> arguments.</summary>
    public TemplateFunctions Add(string name, Func<object?[], object?> body, int required = 1, int maximum = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentOutOfRangeException.ThrowIfNegative(required);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, required);
        if (BuiltIn.Contains(name) || !_functions.TryAdd(name, (required, maximum, body)))
        {
            throw new ArgumentException($"A template function named '{name}' exists already.", nameof(name));
        }

        return this;
    }

    internal IEnumerable<(string Name, TemplateFunction Function)> Bound() =>
        _functions.Select(f => (f.Key, new TemplateFunction(
            Enumerable.Range(1, f.Value.Maximum).Select(i => "argument" + i).ToArray(),
            f.Value.Required,
            (_, _, arguments) => f.Value.Body([.. arguments]))));
}
