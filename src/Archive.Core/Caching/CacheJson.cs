using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Archive.Core.Caching;

/// <summary>
/// JSON for cache entries, generated at compile time from the types: a property someone adds to <c>Article</c>
/// is cached with no change here, and the native build needs no reflection. Computed, get-only properties
/// (such as <c>Article.BodyText</c>) are left out.
/// </summary>
internal static class CacheJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        TypeInfoResolver = CacheJsonContext.Default.WithAddedModifier(SkipComputed),
        IncludeFields = false,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
    };

    public static JsonTypeInfo<CachedCapture> Capture { get; } = (JsonTypeInfo<CachedCapture>)Options.GetTypeInfo(typeof(CachedCapture));

    public static JsonTypeInfo<CacheState.LastBuild> LastBuild { get; } = (JsonTypeInfo<CacheState.LastBuild>)Options.GetTypeInfo(typeof(CacheState.LastBuild));

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

[JsonSerializable(typeof(CachedCapture))]
[JsonSerializable(typeof(CacheState.LastBuild))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;
