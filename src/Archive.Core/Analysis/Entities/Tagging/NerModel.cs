using System.Buffers.Binary;
using System.IO.Compression;

namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>
/// The tagger's weights: one row of label weights per hashed feature key, and label-to-label transition
/// weights (row 0 for the sentence start). Saved as a small binary file: a header, then a Brotli stream of
/// the transitions, the sorted keys (delta-coded varints) and, per key, a bit mask of non-zero labels
/// followed by those weights as half-precision floats.
/// </summary>
internal sealed class NerModel
{
    private const uint Magic = 0x314D524E; // "NRM1"

    // Open addressing: key in the low 32 bits, row + 1 in the high 32 bits (0 = empty), one cache line per probe.
    private readonly ulong[] _slots;
    private readonly int _mask;

    public NerModel(uint[] sortedKeys, float[] weights, float[] transitions)
    {
        ArgumentNullException.ThrowIfNull(sortedKeys);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(transitions);
        if (weights.Length != sortedKeys.Length * LabelCount || transitions.Length != (LabelCount + 1) * LabelCount)
        {
            throw new ArgumentException("Weight arrays do not match the number of keys and labels.", nameof(weights));
        }

        Keys = sortedKeys;
        Weights = weights;
        Transitions = transitions;
        var capacity = 16;
        while (capacity < sortedKeys.Length * 2)
        {
            capacity *= 2;
        }

        _slots = new ulong[capacity];
        _mask = capacity - 1;
        for (var row = 0; row < sortedKeys.Length; row++)
        {
            var slot = (int)(Mix(sortedKeys[row]) & (uint)_mask);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = sortedKeys[row] | ((ulong)(uint)(row + 1) << 32);
        }
    }

    public static int LabelCount => NerLabels.Count;

    public uint[] Keys { get; }

    /// <summary>Row-major: <c>Weights[row * LabelCount + label]</c>.</summary>
    public float[] Weights { get; }

    /// <summary><c>Transitions[(previous + 1) * LabelCount + label]</c>, previous = -1 at the sentence start.</summary>
    public float[] Transitions { get; }

    public int Row(uint key)
    {
        var slot = (int)(Mix(key) & (uint)_mask);
        while (true)
        {
            var entry = _slots[slot];
            if ((uint)entry == key)
            {
                return (int)(entry >> 32) - 1;
            }

            if (entry == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Adds the label weights of every known key to <paramref name="scores"/> (length <see cref="LabelCount"/>).</summary>
    public void Score(ReadOnlySpan<uint> keys, Span<float> scores)
    {
        var labels = LabelCount;
        var weights = Weights;
        foreach (var key in keys)
        {
            var row = Row(key);
            if (row >= 0)
            {
                var w = weights.AsSpan(row * labels, labels);
                for (var l = 0; l < labels; l++)
                {
                    scores[l] += w[l];
                }
            }
        }
    }

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var header = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        header.Write(Magic);
        header.Write(FeatureExtractor.Version);
        header.Write(LabelCount);
        header.Write(Keys.Length);
        header.Flush();
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli);
        foreach (var t in Transitions)
        {
            writer.Write(t);
        }

        uint previous = 0;
        foreach (var key in Keys)
        {
            writer.Write7BitEncodedInt((int)(key - previous));
            previous = key;
        }

        for (var row = 0; row < Keys.Length; row++)
        {
            var mask = 0;
            for (var l = 0; l < LabelCount; l++)
            {
                if ((Half)Weights[row * LabelCount + l] != Half.Zero)
                {
                    mask |= 1 << l;
                }
            }

            writer.Write((ushort)mask);
            for (var l = 0; l < LabelCount; l++)
            {
                if ((mask & (1 << l)) != 0)
                {
                    writer.Write((Half)Weights[row * LabelCount + l]);
                }
            }
        }
    }

    public static NerModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var header = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (header.ReadUInt32() != Magic)
        {
            throw new InvalidDataException("Not a named-entity model file.");
        }

        var version = header.ReadInt32();
        var labels = header.ReadInt32();
        if (version != FeatureExtractor.Version || labels != LabelCount)
        {
            throw new InvalidDataException($"The model was trained with feature set {version} and {labels} labels; this build expects {FeatureExtractor.Version} and {LabelCount}. Retrain it with train-ner.");
        }

        var count = header.ReadInt32();

        // Decompressed whole and parsed from the bytes: a reader call per value would cost more than the Brotli.
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var payload = new MemoryStream();
        brotli.CopyTo(payload);
        var bytes = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        var at = 0;
        var transitions = new float[(LabelCount + 1) * LabelCount];
        for (var i = 0; i < transitions.Length; i++, at += sizeof(float))
        {
            transitions[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[at..]);
        }

        var keys = new uint[count];
        uint previous = 0;
        for (var i = 0; i < count; i++)
        {
            previous += (uint)Read7BitEncodedInt(bytes, ref at);
            keys[i] = previous;
        }

        var weights = new float[count * LabelCount];
        for (var row = 0; row < count; row++)
        {
            int mask = BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]);
            at += sizeof(ushort);
            for (var l = 0; l < LabelCount; l++)
            {
                if ((mask & (1 << l)) != 0)
                {
                    weights[row * LabelCount + l] = (float)BinaryPrimitives.ReadHalfLittleEndian(bytes[at..]);
                    at += 2;
                }
            }
        }

        return new NerModel(keys, weights, transitions);
    }

    /// <summary>The varint <see cref="BinaryWriter.Write7BitEncodedInt(int)"/> writes.</summary>
    private static int Read7BitEncodedInt(ReadOnlySpan<byte> bytes, ref int at)
    {
        var value = 0u;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (int)value;
            }
        }

        throw new InvalidDataException("Malformed varint in the model file.");
    }

    private static uint Mix(uint key) => key * 0x9E3779B1U;
}
