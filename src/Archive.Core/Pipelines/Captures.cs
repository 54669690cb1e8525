using Archive.Core.Engine;
using Archive.Core.Modules;

namespace Archive.Core.Pipelines;

/// <summary>Reads captures and sidecars and normalises each into an article.</summary>
public sealed class Captures : Pipeline
{
    public Captures()
    {
        InputModules.Add(new FindCaptures());
        ProcessModules.Add(new NormaliseCaptures());
    }
}
