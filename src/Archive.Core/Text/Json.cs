using System.Text.Json.Nodes;

namespace Archive.Core.Text;

/// <summary>
/// Small helpers for JSON written as <see cref="JsonNode"/> trees (feeds, JSON-LD, command output): a tree
/// serialises without reflection, so the native (ahead-of-time compiled) build writes the same bytes.
/// </summary>
public static class Json
{
    public static JsonArray Strings(IEnumerable<string> values) =>
        new([.. (values ?? []).Select(value => (JsonNode?)JsonValue.Create(value))]);

    public static JsonArray Array(IEnumerable<JsonNode?> values) => new([.. values ?? []]);
}

/// <summary>Serialisation of JSON trees, generated at compile time (no reflection at run time).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(JsonNode))]
public sealed partial class JsonNodeContext : System.Text.Json.Serialization.JsonSerializerContext;
