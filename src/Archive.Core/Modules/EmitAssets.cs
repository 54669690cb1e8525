using Archive.Core.Assets;
using Archive.Core.Engine;

namespace Archive.Core.Modules;

/// <summary>Input: the theme's assets under their fingerprinted names.</summary>
internal sealed class EmitAssets : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var manifest = context.Build().Assets;
        IReadOnlyList<Document> documents = manifest.Assets.Select(a => Document.Output(a.Destination, a.Bytes) with { Source = "theme/assets/" + a.Logical }).ToList();
        return Task.FromResult(documents);
    }
}
