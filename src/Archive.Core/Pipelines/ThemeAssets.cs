using Archive.Core.Engine;
using Archive.Core.Modules;

namespace Archive.Core.Pipelines;

/// <summary>Theme assets under fingerprinted names.</summary>
public sealed class ThemeAssets : Pipeline
{
    public ThemeAssets()
    {
        InputModules.Add(new EmitAssets());
    }
}
