using System.Reflection;

namespace Archive.Core.Caching;

/// <summary>
/// Identifies the code that made a cache entry: the module version id of this (deterministically built)
/// assembly, which changes with any change to the generator, plus the versions of the libraries it uses.
/// </summary>
internal static class GeneratorVersion
{
    public static UInt128 Value { get; } = Compute();

    private static UInt128 Compute()
    {
        var assembly = typeof(GeneratorVersion).Assembly;
        var hash = new ContentHash().Add(assembly.ManifestModule.ModuleVersionId.ToString("N"));
        foreach (var reference in assembly.GetReferencedAssemblies().OrderBy(a => a.FullName, StringComparer.Ordinal))
        {
            hash.Add(reference.FullName);
        }

        hash.Add(assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);
        return hash.Value;
    }
}
