using SkiaSharp;

namespace Archive.Core.Tests.Support;

/// <summary>Tiny images made in the test (no binary fixtures): a filled rectangle with a diagonal stripe, so resizing has edges to work on.</summary>
internal static class TestImages
{
    public static byte[] Jpeg(int width, int height, SKColor color) => Draw(width, height, color, SKEncodedImageFormat.Jpeg, opaque: true);

    /// <summary>A PNG with transparent corners (its fallback stays PNG).</summary>
    public static byte[] TransparentPng(int width, int height, SKColor color) => Draw(width, height, color, SKEncodedImageFormat.Png, opaque: false);

    /// <summary>The width and height of an encoded image.</summary>
    public static (int Width, int Height) SizeOf(string path)
    {
        using var codec = SKCodec.Create(path) ?? throw new InvalidDataException($"{path} is not an image");
        return (codec.Info.Width, codec.Info.Height);
    }

    private static byte[] Draw(int width, int height, SKColor color, SKEncodedImageFormat format, bool opaque)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, opaque ? SKAlphaType.Opaque : SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(opaque ? color : SKColors.Transparent);
            using var paint = new SKPaint { Color = opaque ? SKColors.White : color, StrokeWidth = Math.Max(2, width / 20f), IsAntialias = true };
            if (opaque)
            {
                canvas.DrawLine(0, 0, width, height, paint);
            }
            else
            {
                canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 2f - 2, paint);
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
