namespace Archive.Core.Normalization.Containers;

/// <summary>
/// One capture inside a container: a key unique in its container (its id is <c>container-path#key</c>), the page
/// with the extension of the reader that reads it, and what the container says of it (where and when it was captured).
/// </summary>
public sealed record ContainerEntry(string Key, string Extension, byte[] Bytes, string? Url, DateOnly? Captured)
{
    /// <summary>The charset the container declared for the page (an HTTP header), or null when it declared none.</summary>
    public string? Charset { get; init; }

    /// <summary>Set for an image the container holds (its media type): not a page, but bytes a page of it may show.</summary>
    public string? ImageType { get; init; }

    /// <summary>The entry's id: the container's path, '#', the key.</summary>
    public string IdIn(string containerPath) => containerPath + "#" + Key;
}
