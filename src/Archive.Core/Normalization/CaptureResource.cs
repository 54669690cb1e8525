namespace Archive.Core.Normalization;

/// <summary>A resource a capture holds beside its page (an MHTML part: an image, a style sheet), by the URL the page refers to it by.</summary>
public sealed record CaptureResource(string Url, string MediaType, ReadOnlyMemory<byte> Bytes);
