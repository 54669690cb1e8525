using Archive.Core.Diagnostics;

namespace Archive.Core.Normalization.Containers;

/// <summary>
/// A file format that holds many captures (a WARC of a crawl, a WACZ of WARCs). It reads the file as a stream and
/// yields the entries that can be articles one at a time, so a container of any size is read in constant memory.
/// Never throws on bad content: a damaged part is a diagnostic and is skipped.
/// </summary>
public interface ICaptureContainer
{
    /// <param name="stream">The container file, positioned at its start (seekable for formats that need it, such as zip).</param>
    /// <param name="path">The container's path, for diagnostics.</param>
    /// <param name="report">Receives what was skipped and why.</param>
    IEnumerable<ContainerEntry> Entries(Stream stream, string path, Action<Diagnostic> report);
}
