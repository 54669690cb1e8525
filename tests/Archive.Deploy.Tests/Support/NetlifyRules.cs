using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Deploy.Tests.Support;

/// <summary>
/// What Netlify's own code makes of netlify.toml and a published folder (tools/netlify/rules.mjs): the
/// parsed rules, their parse errors, and for each asked URL path the header rules that match it, the
/// headers netlify-cli would send and the redirect Netlify's redirect engine picks.
/// </summary>
public sealed record NetlifyRules(
    string ConfigPath,
    string Publish,
    string BuildCommand,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<string> HeaderErrors,
    IReadOnlyList<string> RedirectErrors,
    IReadOnlyList<HeaderRule> HeaderRules,
    IReadOnlyList<RedirectRule> RedirectRules,
    IReadOnlyList<PathResult> Paths)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public PathResult For(string path) =>
        Paths.FirstOrDefault(p => p.Path == path) ?? throw new KeyNotFoundException($"rules.mjs was not asked about {path}");

    public static async Task<NetlifyRules> EvaluateAsync(string repositoryRoot, string publish, IEnumerable<string> paths)
    {
        var (exitCode, output, error) = await DeployTools.RunNodeAsync(
            [DeployTools.RulesScript, repositoryRoot, publish], repositoryRoot, JsonSerializer.Serialize(paths.ToList()));
        Assert.True(exitCode == 0, $"rules.mjs failed ({exitCode}):\n{error}\n{output}");
        return JsonSerializer.Deserialize<NetlifyRules>(output, Json) ?? throw new InvalidOperationException("rules.mjs printed null");
    }
}

public sealed record HeaderRule(string For, IReadOnlyDictionary<string, string> Values);

public sealed record RedirectRule(string From, string To, int Status, bool Force);

public sealed record RedirectMatch(string? From, string To, int Status, bool Force, [property: JsonPropertyName("force404")] bool Force404);

public sealed record PathResult(string Path, IReadOnlyList<int> Rules, IReadOnlyDictionary<string, string> Headers, RedirectMatch? Redirect)
{
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
}
