using Archive.Core.Caching;
using Archive.Core.Engine;
using Archive.Core.Modules;

namespace Archive.Core.Pipelines;

/// <summary>Reads captures and sidecars and makes each into an analysed article (entities, tags), through the capture cache.</summary>
public sealed class Captures : Pipeline
{
    public Captures()
    {
        // Only analysis reads the captured articles; its own copies (grouped, resolved) are what the pages show.
        HandsOver = true;
        InputModules.Add(new FindCaptures());
        ProcessModules.Add(new OpenContainers());
        ProcessModules.Add(new CacheCaptures(new NormaliseCaptures(), new AnalyseArticles()));
    }
}
