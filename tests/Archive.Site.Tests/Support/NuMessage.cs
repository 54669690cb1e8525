namespace Archive.Site.Tests.Support;

/// <summary>One message from the checker: type is "error", "info" or "non-document-error".</summary>
internal sealed record NuMessage(string Type, string File, int Line, string Message, string Extract)
{
    public override string ToString() => $"{File}({Line}): {Type}: {Message} [{Extract.ReplaceLineEndings(" ")}]";
}
