using System.IO.Compression;
using Archive.Core.Diagnostics;
using Archive.Core.Normalization.Containers;

namespace Archive.Core.Normalization.Warc;

/// <summary>
/// A WACZ file (Webrecorder's zip of WARCs with indexes and page lists): the WARCs under <c>archive/</c> are read in
/// name order, each as <see cref="WarcContainer"/> reads a WARC; the indexes are not needed to read every page.
/// </summary>
public sealed class WaczContainer : ICaptureContainer
{
    public IEnumerable<ContainerEntry> Entries(Stream stream, string path, Action<Diagnostic> report)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException exception)
        {
            report(Diagnostic.Warning("ARC076", $"The WACZ file is not a readable zip: {exception.Message}", path));
            yield break;
        }

        using (zip)
        {
            var warcs = zip.Entries
                .Where(e => e.FullName.StartsWith("archive/", StringComparison.Ordinal) &&
                            (e.FullName.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase)))
                .OrderBy(e => e.FullName, StringComparer.Ordinal)
                .ToList();
            foreach (var warc in warcs)
            {
                // A zip entry's stream cannot seek back after sniffing gzip's magic bytes: the name says whether it is compressed.
                using var raw = warc.Open();
                using var inner = warc.FullName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                    ? (Stream)new GZipStream(raw, CompressionMode.Decompress, leaveOpen: true)
                    : raw;
                using var guarded = new ExpansionGuardStream(inner, ExpansionGuardStream.LimitFor(warc.CompressedLength));
                foreach (var entry in WarcContainer.Entries(guarded, path + "/" + warc.FullName, report, warc.CompressedLength))
                {
                    yield return entry with { Key = warc.FullName + "#" + entry.Key };
                }
            }
        }
    }
}
