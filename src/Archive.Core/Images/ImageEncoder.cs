using Archive.Core.Model;
using SkiaSharp;

namespace Archive.Core.Images;

/// <summary>
/// Decodes an image a capture held and encodes it at <see cref="ImageWidths"/>: WebP for browsers that take it, and a
/// fallback in JPEG (opaque images) or PNG (images with transparency). Skia does the work (SkiaSharp): the decoders
/// Chromium uses, fuzzed continuously, since capture bytes come from anywhere. Never throws on bad bytes.
/// </summary>
public static class ImageEncoder
{
    /// <summary>Pixels decoded at most (a 40-megapixel photo); larger declared sizes are decompression bombs or not for the web.</summary>
    public const long MaxPixels = 40_000_000;

    /// <summary>Bytes of one image read at most.</summary>
    public const int MaxBytes = 32 * 1024 * 1024;

    private const int Quality = 80;

    /// <summary>The encoded variants (file name → bytes) and the image's size; or null and why not.</summary>
    public static (StoredImage? Image, IReadOnlyList<(string Name, byte[] Bytes)> Files, string? Problem) Encode(string hash, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length > MaxBytes)
        {
            return (null, [], $"it is over {MaxBytes / (1024 * 1024)} MB");
        }

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return (null, [], "its bytes are not an image Skia reads (JPEG, PNG, GIF, WebP, BMP, ICO)");
        }

        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > MaxPixels)
        {
            return (null, [], $"it declares {info.Width} by {info.Height} pixels (at most {MaxPixels / 1_000_000} megapixels are read)");
        }

        var opaque = info.AlphaType == SKAlphaType.Opaque;
        using var bitmap = new SKBitmap(new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, opaque ? SKAlphaType.Opaque : SKAlphaType.Premul));
        var result = codec.GetPixels(bitmap.Info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return (null, [], $"it cannot be decoded ({result})");
        }

        var format = opaque ? "jpg" : "png";
        var files = new List<(string, byte[])>();
        foreach (var width in ImageWidths.For(info.Width))
        {
            var height = Math.Max(1, (int)Math.Round((double)info.Height * width / info.Width));
            using var resized = width == info.Width ? null : bitmap.Resize(new SKImageInfo(width, height, bitmap.ColorType, bitmap.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var image = SKImage.FromBitmap(resized ?? bitmap);
            files.Add((ImageWidths.FileName(hash, width, "webp"), Encoded(image, SKEncodedImageFormat.Webp)));
            files.Add((ImageWidths.FileName(hash, width, format), Encoded(image, opaque ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png)));
        }

        return (new StoredImage(hash, info.Width, info.Height, format), files, null);
    }

    private static byte[] Encoded(SKImage image, SKEncodedImageFormat format)
    {
        using var encoded = image.Encode(format, Quality);
        return encoded.ToArray();
    }
}
