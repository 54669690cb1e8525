using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Images;

namespace Archive.Core.Modules;

/// <summary>
/// Process: every encoded file of every image an article of <paramref name="articles"/> shows (its figures and lead),
/// once each, in hash order, as <c>images/HASH-WIDTH.FORMAT</c>, copied from the image store. A file the store lost
/// since (a cache folder emptied by hand) is reported, not fatal.
/// </summary>
internal sealed class EmitImages(string articles) : IModule
{
    /// <summary>The site folder images are written to.</summary>
    public const string Folder = "images/";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var store = context.Build().Images?.Store;
        if (store is null)
        {
            return Task.FromResult<IReadOnlyList<Document>>([]);
        }

        var images = context.OutputsOf(articles)
            .Select(d => d.Article)
            .OfType<Model.Article>()
            .SelectMany(a => a.Figures.Select(f => (f.Image, a.SourcePath)))
            .Where(x => x.Image is not null)
            .DistinctBy(x => x.Image!.Hash, StringComparer.Ordinal)
            .OrderBy(x => x.Image!.Hash, StringComparer.Ordinal)
            .ToList();
        var sink = context.Sink();
        var documents = context.Parallel(images, cancellationToken, readsFiles: true)
            .SelectMany(x => ImageStore.FilesOf(x.Image!).Select(name => (Name: name, x.SourcePath)))
            .Select(file =>
            {
                var path = store.PathOf(file.Name);
                if (!File.Exists(path))
                {
                    context.Report(Diagnostic.Warning("ARC079", $"The image file {file.Name} is no longer in the image store; build again without the cache (--no-cache).", file.SourcePath));
                    return null;
                }

                var document = Document.Output(Folder + file.Name, File.ReadAllBytes(path));
                return sink?.Store(document) ?? document;
            })
            .OfType<Document>()
            .ToList();
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }
}
