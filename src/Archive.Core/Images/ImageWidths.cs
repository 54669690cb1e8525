namespace Archive.Core.Images;

/// <summary>
/// The widths an image is kept at: each step narrower than the image, and the image's own width up to the widest
/// step. 480 fits a phone, 960 a phone at 2x or a column on a laptop, 1600 a wide screen at 2x; nothing is enlarged.
/// </summary>
public static class ImageWidths
{
    public static IReadOnlyList<int> Steps { get; } = [480, 960, 1600];

    /// <summary>What the encoded files of an image depend on besides its bytes: a change here re-encodes every image.</summary>
    public static string Key { get; } = "w" + string.Join('-', Steps) + "-q80";

    public static IReadOnlyList<int> For(int width)
    {
        var widest = Math.Min(width, Steps[^1]);
        return [.. Steps.Where(step => step < widest), widest];
    }

    /// <summary>The file name of an image's variant: hash, width, format (<c>webp</c>, <c>jpg</c>, <c>png</c>).</summary>
    public static string FileName(string hash, int width, string format) => $"{hash}-{width}.{format}";
}
