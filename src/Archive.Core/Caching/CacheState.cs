using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using Archive.Core.Diagnostics;
using Archive.Core.Modules;

namespace Archive.Core.Caching;

/// <summary>
/// The small part of the cache that is read whole at the start of a build (<c>.cache/state.bin</c>):
/// capture stamps and content hashes, page signatures, the output folder as last written, and the
/// fingerprint and outcome of the last build. Written with a checksum; a file that fails it, or that
/// another generator version wrote, is ignored and the build starts cold.
/// </summary>
internal sealed class CacheState
{
    private const string Magic = "archive-cache-1";

    /// <summary>Capture path → its stamp, its sidecar's stamp and the hash of both files' bytes.</summary>
    public Dictionary<string, InputRecord> Inputs { get; } = new(StringComparer.Ordinal);

    /// <summary>Output destination → the signature of what was rendered there.</summary>
    public Dictionary<string, UInt128> Pages { get; } = new(StringComparer.Ordinal);

    /// <summary>The output folder as the last build left it; null when unknown.</summary>
    public SortedDictionary<string, FileStamp>? Output { get; set; }

    /// <summary>Hash of everything a build reads (stamps of input, theme, site file; paths; generator version).</summary>
    public UInt128 Fingerprint { get; set; }

    public LastBuild? Last { get; set; }

    public static CacheState Load(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < 8 || XxHash64.HashToUInt64(bytes.AsSpan(0, bytes.Length - 8)) != BitConverter.ToUInt64(bytes, bytes.Length - 8))
            {
                return new CacheState();
            }

            using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - 8), Encoding.UTF8);
            if (reader.ReadString() != Magic || ReadHash(reader) != GeneratorVersion.Value)
            {
                return new CacheState();
            }

            var state = new CacheState { Fingerprint = ReadHash(reader) };
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
                state.Output = new SortedDictionary<string, FileStamp>(StringComparer.Ordinal);
                for (var i = reader.ReadInt32(); i > 0; i--)
                {
                    state.Output[reader.ReadString()] = new FileStamp(reader.ReadInt64(), reader.ReadInt64());
                }
            }

            if (reader.ReadBoolean())
            {
                state.Last = JsonSerializer.Deserialize<LastBuild>(reader.ReadString(), CacheJson.Options);
            }

            return state;
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or JsonException or FormatException or UnauthorizedAccessException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return new CacheState();
        }
    }

    public void Save(string path)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            WriteHash(writer, GeneratorVersion.Value);
            WriteHash(writer, Fingerprint);
            writer.Write(Inputs.Count);
            foreach (var (input, record) in Inputs)
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

            writer.Write(Pages.Count);
            foreach (var (destination, signature) in Pages)
            {
                writer.Write(destination);
                WriteHash(writer, signature);
            }

            writer.Write(Output is not null);
            if (Output is not null)
            {
                writer.Write(Output.Count);
                foreach (var (file, stamp) in Output)
                {
                    writer.Write(file);
                    writer.Write(stamp.Length);
                    writer.Write(stamp.Ticks);
                }
            }

            writer.Write(Last is not null);
            if (Last is not null)
            {
                writer.Write(JsonSerializer.Serialize(Last, CacheJson.Options));
            }
        }

        var payload = stream.ToArray();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var file = File.Create(temporary))
        {
            file.Write(payload);
            file.Write(BitConverter.GetBytes(XxHash64.HashToUInt64(payload)));
        }

        File.Move(temporary, path, overwrite: true);
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
