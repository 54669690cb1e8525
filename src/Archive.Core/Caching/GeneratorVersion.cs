using Archive.Core.Engine;
using System.Reflection;

namespace Archive.Core.Caching;

/// <summary>
/// Identifies the code that made a cache entry: the module version id of this (deterministically built)
/// assembly, which changes with any change to the generator, plus the package versions of the libraries
/// whose output ends up in pages (named by a type of each: the native build cannot list references).
/// </summary>
internal static class GeneratorVersion
{
    private static readonly Type[] Libraries =
    [
        typeof(Scriban.Template),
        typeof(AngleSharp.Html.Parser.HtmlParser),
        typeof(Markdig.Markdown),
        typeof(YamlDotNet.Serialization.IDeserializer),
        typeof(System.IO.Hashing.XxHash128),
    ];

    public static UInt128 Value { get; } = Compute();

    private static UInt128 Compute()
    {
        var assembly = typeof(GeneratorVersion).Assembly;
        var hash = new ContentHash().Add(assembly.ManifestModule.ModuleVersionId.ToString("N"));
        hash.Add(assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);
        foreach (var library in Libraries.Select(type => type.Assembly))
        {
            hash.Add(library.GetName().FullName);
            hash.Add(library.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);
        }

        return hash.Value;
    }
}
