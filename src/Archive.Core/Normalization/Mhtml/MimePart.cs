namespace Archive.Core.Normalization.Mhtml;

/// <summary>One part of a MIME multipart document: its header fields (names ignoring case) and its body with the transfer encoding undone.</summary>
internal sealed record MimePart(IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? ContentType => Headers.GetValueOrDefault("Content-Type");

    /// <summary>The media type without parameters, in lower case ("text/html"), or "text/plain" as MIME defaults it.</summary>
    public string MediaType => ContentType?.Split(';')[0].Trim().ToLowerInvariant() is { Length: > 0 } type ? type : "text/plain";

    public string? Location => Headers.GetValueOrDefault("Content-Location");

    /// <summary>A parameter of Content-Type (<c>charset</c>, <c>boundary</c>), unquoted, or null.</summary>
    public string? Parameter(string name) => MimeHeaders.Parameter(ContentType, name);
}
