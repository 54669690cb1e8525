using Archive.Core.Model;
using Archive.Core.Normalization;

namespace Archive.Core.Tests.Support;

/// <summary>A reader of a format the project does not know (".note"): the first paragraph is the headline, the rest the body.</summary>
internal sealed class NoteReader : ICaptureReader
{
    public CaptureResult Read(CaptureInput input, SourceRules rules)
    {
        var parts = input.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return CaptureResult.Of(new Article
        {
            SourcePath = input.Path,
            Title = parts.FirstOrDefault() ?? "",
            Body = parts.Skip(1).Select(p => new Block(BlockKind.Paragraph, p)).ToList(),
        });
    }
}
