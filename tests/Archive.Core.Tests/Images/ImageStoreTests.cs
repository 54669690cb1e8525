using Archive.Core.Images;
using Archive.Core.Tests.Support;
using SkiaSharp;

namespace Archive.Core.Tests.Images;

public sealed class ImageStoreTests
{
    [Fact]
    public void A_temporary_store_makes_its_folder_with_its_first_image_and_deletes_it_when_disposed()
    {
        // Builds without images (most tests, and previews without a cache folder) must leave no folder behind.
        string folder;
        using (var store = ImageStore.Temporary())
        {
            folder = Path.GetDirectoryName(store.PathOf("x"))!;
            Assert.False(Directory.Exists(folder));

            var (image, problem) = store.Store(TestImages.TransparentPng(320, 200, SKColors.Navy));

            Assert.Null(problem);
            Assert.True(File.Exists(store.PathOf(ImageStore.FilesOf(image!).First())));
        }

        Assert.False(Directory.Exists(folder));
    }
}
