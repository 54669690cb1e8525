using System.Text.Json.Nodes;

namespace Archive.Core.Text;

/// <summary>
/// Small helpers for JSON written as <see cref="JsonNode"/> trees (feeds, JSON-LD, command output): a tree
/// writes itself (<see cref="JsonNode.ToJsonString"/>) without reflection, so the native (ahead-of-time
/// compiled) build writes the same bytes.
/// </summary>
public static class Json
{
    public static JsonArray Strings(IEnumerable<string> values) =>
        new([.. (values ?? []).Select(value => (JsonNode?)JsonValue.Create(value))]);

    public static JsonArray Array<T>(IEnumerable<T> values)
        where T : JsonNode => new([.. (values ?? []).Select(value => (JsonNode?)value)]);
}
