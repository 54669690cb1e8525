using System.Text;
using Archive.Core.Inputs;
using Archive.Core.Model;
using Archive.Core.Normalization;
using Archive.Core.Synthetic;

namespace Archive.Core.Tests.Support;

/// <summary>A generated archive read as the build reads it: one article per capture, addressed by its file.</summary>
internal static class SyntheticArticles
{
    public static List<Article> Of(SyntheticOptions options)
    {
        var processor = new CaptureProcessor(new SiteSettings(), CaptureReaderRegistry.CreateDefault());
        return SyntheticArchive.Generate(options)
            .Select(c => processor.Process(new CaptureFile(c.RelativePath, Encoding.UTF8.GetBytes(c.Content))).Article with { SourcePath = c.RelativePath })
            .ToList();
    }
}
