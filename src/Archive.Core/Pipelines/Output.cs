using Archive.Core.Engine;
using Archive.Core.Modules;

namespace Archive.Core.Pipelines;

/// <summary>Writes what every other pipeline produced, atomically, once all of them are done.</summary>
public sealed class Output : Pipeline
{
    public Output()
    {
        OutputModules.Add(new WriteSite());
    }
}
