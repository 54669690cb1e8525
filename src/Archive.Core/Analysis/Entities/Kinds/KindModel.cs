using System.IO.Compression;
using Archive.Core.Analysis.Entities.Gazetteers;

namespace Archive.Core.Analysis.Entities.Kinds;

/// <summary>
/// A linear model over <see cref="KindFeatures"/> that reads what kind of name a mention is: a person, an
/// organisation, a place, or something else that is named (a product, a work, an event, a law: CoNLL's MISC with
/// WNUT-2017's products and creative works). It does not find names, the tagger does; it gives a second opinion on
/// the kind of each name the tagger found, which the archive sums over all of a name's mentions
/// (<see cref="Resolution.ArchiveEntityKinds"/>). Trained by <c>train-kinds</c> (<see cref="KindTraining"/>).
/// File: magic, version, feature count, then (Brotli) sorted keys as varint deltas and four float weights each.
/// </summary>
internal sealed class KindModel
{
    public const int Person = 0;
    public const int Organisation = 1;
    public const int Place = 2;
    public const int Misc = 3;
    public const int Classes = 4;
    private const uint Magic = 0x4B494E44; // "KIND"
    private const int Version = 1;

    private static readonly Lazy<KindModel> s_default = new(() =>
    {
        using var stream = EmbeddedText.Open("kind-model.bin");
        return Load(stream);
    });

    private readonly Dictionary<uint, float[]> _weights;

    // The same weights for scoring: open addressing, key in the low 32 bits and row + 1 in the high (0 = empty), and
    // the rows in one array, so a look-up is one probe and one row read instead of a dictionary's chain of references.
    private readonly ulong[] _slots;
    private readonly float[] _rows;

    public KindModel(Dictionary<uint, float[]> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _weights = weights;
        var capacity = 16;
        while (capacity < weights.Count * 2)
        {
            capacity *= 2;
        }

        _slots = new ulong[capacity];
        _rows = new float[weights.Count * Classes];
        var row = 0;
        foreach (var (key, w) in weights)
        {
            w.AsSpan(0, Classes).CopyTo(_rows.AsSpan(row * Classes, Classes));
            var slot = (int)(Mix(key) & (uint)(capacity - 1));
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            _slots[slot] = key | ((ulong)(uint)(row + 1) << 32);
            row++;
        }
    }

    /// <summary>The embedded model, loaded on first use.</summary>
    public static KindModel Default => s_default.Value;

    public int FeatureCount => _weights.Count;

    /// <summary>The class with the highest score for a mention (ties: the lower class number).</summary>
    public int Classify(IReadOnlyList<string> sentence, int start, int end) => Best(Scores(KindFeatures.Of(sentence, start, end)));

    public float[] Scores(List<uint> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var scores = new float[Classes];
        foreach (var key in keys)
        {
            var row = Row(key);
            if (row >= 0)
            {
                var w = _rows.AsSpan(row * Classes, Classes);
                for (var c = 0; c < Classes; c++)
                {
                    scores[c] += w[c];
                }
            }
        }

        return scores;
    }

    private int Row(uint key)
    {
        var mask = _slots.Length - 1;
        var slot = (int)(Mix(key) & (uint)mask);
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if ((uint)entry == key)
            {
                return (int)(entry >> 32) - 1;
            }

            slot = (slot + 1) & mask;
        }
    }

    private static uint Mix(uint key) => key * 0x9E3779B1U;

    public static int Best(float[] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    public void Save(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new BinaryWriter(output, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(_weights.Count);
        writer.Flush();
        using var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var body = new BinaryWriter(brotli);
        var previous = 0u;
        foreach (var key in _weights.Keys.Order())
        {
            var delta = key - previous;
            previous = key;
            while (delta >= 0x80)
            {
                body.Write((byte)(delta | 0x80));
                delta >>= 7;
            }

            body.Write((byte)delta);
            foreach (var w in _weights[key])
            {
                body.Write((Half)w);
            }
        }
    }

    public static KindModel Load(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var reader = new BinaryReader(input, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not a kind model of this version: retrain it with train-kinds.");
        }

        var count = reader.ReadInt32();
        using var brotli = new BrotliStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var body = new BinaryReader(brotli);
        var weights = new Dictionary<uint, float[]>(count);
        var key = 0u;
        for (var i = 0; i < count; i++)
        {
            uint delta = 0;
            var shift = 0;
            byte b;
            do
            {
                b = body.ReadByte();
                delta |= (uint)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            key += delta;
            var w = new float[Classes];
            for (var c = 0; c < Classes; c++)
            {
                w[c] = (float)body.ReadHalf();
            }

            weights[key] = w;
        }

        return new KindModel(weights);
    }
}
