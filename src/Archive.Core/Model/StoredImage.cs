namespace Archive.Core.Model;

/// <summary>
/// An image kept in the archive: named by the hash of its source bytes, with its size in pixels and the format of its
/// fallback files (<c>jpg</c> or <c>png</c>). Which widths exist follows from the width (see <c>ImageWidths</c>), so
/// this is all a page needs to write its <c>srcset</c>.
/// </summary>
public sealed record StoredImage(string Hash, int Width, int Height, string Format);
