using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>A tagged mention: its tokens as found and its kind.</summary>
internal sealed record EntitySpan(IReadOnlyList<string> Tokens, EntityKind Kind)
{
    public string Text => string.Join(' ', Tokens);
}
