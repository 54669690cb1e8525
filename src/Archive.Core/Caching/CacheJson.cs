using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Archive.Core.Caching;

/// <summary>
/// JSON for cache entries. Reflection-based on purpose: a property someone adds to <c>Article</c> is cached
/// with no change here. Computed, get-only properties (such as <c>Article.BodyText</c>) are left out.
/// </summary>
internal static class CacheJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SkipComputed } },
        IncludeFields = false,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
    };

    private static void SkipComputed(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var settable = info.Properties.Where(p => p.Set is not null || info.CreateObject is null).ToList();
        if (settable.Count == info.Properties.Count)
        {
            return;
        }

        info.Properties.Clear();
        foreach (var property in settable)
        {
            info.Properties.Add(property);
        }
    }
}
