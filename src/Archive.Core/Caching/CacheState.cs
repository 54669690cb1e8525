using Archive.Core.Engine;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using Archive.Core.Diagnostics;

namespace Archive.Core.Caching;

/// <summary>
/// The part of the cache read at the start of a build. <c>.cache/state.bin</c> holds the fingerprint and
/// outcome of the last build and the stamps of the output folder's top-level files: all a build with
/// nothing changed reads. <c>.cache/index.bin</c>, read only when something changed, holds capture stamps
/// and content hashes, page signatures and the output folder as last written. Both carry a checksum and a
/// shared generation id; a file that fails either, or that another generator version wrote, is ignored.
/// </summary>
internal sealed class CacheState
{
    private const string Magic = "archive-cache-1";

    private string? _indexPath;
    private string _generation = Guid.NewGuid().ToString("N");
    private Dictionary<string, InputRecord> _inputs = new(StringComparer.Ordinal);
    private Dictionary<string, UInt128> _pages = new(StringComparer.Ordinal);
    private SortedDictionary<string, FileStamp>? _output;

    /// <summary>Capture path → its stamp, its sidecar's stamp and the hash of both files' bytes.</summary>
    public Dictionary<string, InputRecord> Inputs => Index()._inputs;

    /// <summary>Output destination → the signature of what was rendered there.</summary>
    public Dictionary<string, UInt128> Pages => Index()._pages;

    /// <summary>The output folder as the last build left it; null when unknown.</summary>
    public SortedDictionary<string, FileStamp>? Output
    {
        get => Index()._output;
        set
        {
            Index();
            _output = value;
            TopLevel = value is null ? null : new SortedDictionary<string, FileStamp>(value.Where(kv => !kv.Key.Contains('/', StringComparison.Ordinal)).ToDictionary(), StringComparer.Ordinal);
        }
    }

    /// <summary>The stamps of the files directly in the output folder when the last build finished.</summary>
    public SortedDictionary<string, FileStamp>? TopLevel { get; private set; }

    /// <summary>Hash of everything a build reads (stamps of input, theme, site file; paths; generator version).</summary>
    public UInt128 Fingerprint { get; set; }

    public LastBuild? Last { get; set; }

    public static CacheState Load(string directory)
    {
        var state = LoadSummary(Path.Combine(directory, "state.bin"));
        state._indexPath = Path.Combine(directory, "index.bin");
        return state;
    }

    private CacheState Index()
    {
        if (_indexPath is { } path)
        {
            _indexPath = null;
            if (!LoadIndex(path))
            {
                _inputs.Clear();
                _pages.Clear();
                _output = null;
                TopLevel = null;
            }
        }

        return this;
    }

    private static byte[]? Verified(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        return bytes.Length >= 8 && XxHash64.HashToUInt64(bytes.AsSpan(0, bytes.Length - 8)) == BitConverter.ToUInt64(bytes, bytes.Length - 8) ? bytes : null;
    }

    private static CacheState LoadSummary(string path)
    {
        try
        {
            if (Verified(path) is not { } bytes)
            {
                return new CacheState();
            }

            using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - 8), Encoding.UTF8);
            if (reader.ReadString() != Magic || ReadHash(reader) != GeneratorVersion.Value)
            {
                return new CacheState();
            }

            var state = new CacheState { _generation = reader.ReadString(), Fingerprint = ReadHash(reader) };
            if (reader.ReadBoolean())
            {
                state.TopLevel = new SortedDictionary<string, FileStamp>(StringComparer.Ordinal);
                for (var i = reader.ReadInt32(); i > 0; i--)
                {
                    state.TopLevel[reader.ReadString()] = new FileStamp(reader.ReadInt64(), reader.ReadInt64());
                }
            }

            if (reader.ReadBoolean())
            {
                state.Last = JsonSerializer.Deserialize(reader.ReadString(), CacheJson.LastBuild);
            }

            return state;
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or JsonException or FormatException or UnauthorizedAccessException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return new CacheState();
        }
    }

    private bool LoadIndex(string path)
    {
        try
        {
            if (Verified(path) is not { } bytes)
            {
                return false;
            }

            using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - 8), Encoding.UTF8);
            if (reader.ReadString() != Magic || ReadHash(reader) != GeneratorVersion.Value || reader.ReadString() != _generation)
            {
                return false;
            }

            var state = this;
            for (var i = reader.ReadInt32(); i > 0; i--)
            {
                var path2 = reader.ReadString();
                var capture = new FileStamp(reader.ReadInt64(), reader.ReadInt64());
                FileStamp? sidecar = reader.ReadBoolean() ? new FileStamp(reader.ReadInt64(), reader.ReadInt64()) : null;
                state.Inputs[path2] = new InputRecord(capture, sidecar, reader.ReadString());
            }

            for (var i = reader.ReadInt32(); i > 0; i--)
            {
                state.Pages[reader.ReadString()] = ReadHash(reader);
            }

            if (reader.ReadBoolean())
            {
                state._output = new SortedDictionary<string, FileStamp>(StringComparer.Ordinal);
                for (var i = reader.ReadInt32(); i > 0; i--)
                {
                    state._output[reader.ReadString()] = new FileStamp(reader.ReadInt64(), reader.ReadInt64());
                }
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or JsonException or FormatException or UnauthorizedAccessException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Removes the saved state, so that the next process starts from an empty one.</summary>
    public static void Forget(string directory)
    {
        File.Delete(Path.Combine(directory, "state.bin"));
        File.Delete(Path.Combine(directory, "index.bin"));
    }

    /// <summary>Writes the index, then the summary that names its generation: a crash between the two leaves an index no summary trusts.</summary>
    public void Save(string directory)
    {
        Index();
        Directory.CreateDirectory(directory);
        Write(Path.Combine(directory, "index.bin"), writer =>
        {
            writer.Write(Magic);
            WriteHash(writer, GeneratorVersion.Value);
            writer.Write(_generation);
            writer.Write(_inputs.Count);
            foreach (var (input, record) in _inputs)
            {
                writer.Write(input);
                writer.Write(record.Capture.Length);
                writer.Write(record.Capture.Ticks);
                writer.Write(record.Sidecar is not null);
                if (record.Sidecar is { } sidecar)
                {
                    writer.Write(sidecar.Length);
                    writer.Write(sidecar.Ticks);
                }

                writer.Write(record.ContentHash);
            }

            writer.Write(_pages.Count);
            foreach (var (destination, signature) in _pages)
            {
                writer.Write(destination);
                WriteHash(writer, signature);
            }

            WriteStamps(writer, _output);
        });
        Write(Path.Combine(directory, "state.bin"), writer =>
        {
            writer.Write(Magic);
            WriteHash(writer, GeneratorVersion.Value);
            writer.Write(_generation);
            WriteHash(writer, Fingerprint);
            WriteStamps(writer, TopLevel);
            writer.Write(Last is not null);
            if (Last is not null)
            {
                writer.Write(JsonSerializer.Serialize(Last, CacheJson.LastBuild));
            }
        });
    }

    private static void WriteStamps(BinaryWriter writer, SortedDictionary<string, FileStamp>? stamps)
    {
        writer.Write(stamps is not null);
        if (stamps is null)
        {
            return;
        }

        writer.Write(stamps.Count);
        foreach (var (file, stamp) in stamps)
        {
            writer.Write(file);
            writer.Write(stamp.Length);
            writer.Write(stamp.Ticks);
        }
    }

    private static void Write(string path, Action<BinaryWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        var payload = stream.ToArray();
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            using (var file = File.Create(temporary))
            {
                file.Write(payload);
                file.Write(BitConverter.GetBytes(XxHash64.HashToUInt64(payload)));
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary); // a full disk leaves no partial file behind
            throw;
        }
    }

    private static UInt128 ReadHash(BinaryReader reader)
    {
        var upper = reader.ReadUInt64();
        return new UInt128(upper, reader.ReadUInt64());
    }

    private static void WriteHash(BinaryWriter writer, UInt128 value)
    {
        writer.Write((ulong)(value >> 64));
        writer.Write((ulong)value);
    }

    internal sealed record InputRecord(FileStamp Capture, FileStamp? Sidecar, string ContentHash);

    /// <summary>What the last build reported, replayed when nothing has changed since.</summary>
    internal sealed record LastBuild(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<BuildReport.Entry> Report, int Files);
}
