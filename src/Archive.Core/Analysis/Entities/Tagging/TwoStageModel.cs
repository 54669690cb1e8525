namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>
/// The shipped model: a first-pass tagger over the token features and a second-pass tagger that also sees
/// the first pass's labels of the whole document. Saved as a header and the two <see cref="NerModel"/>
/// payloads, each prefixed with its length.
/// </summary>
internal sealed class TwoStageModel(NerModel first, NerModel second)
{
    private const uint Magic = 0x3252454E; // "NER2"

    public NerModel First { get; } = first;

    public NerModel Second { get; } = second;

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        foreach (var model in new[] { First, Second })
        {
            using var buffer = new MemoryStream();
            model.Save(buffer);
            writer.Write((int)buffer.Length);
            writer.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
    }

    public static TwoStageModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadUInt32() != Magic)
        {
            throw new InvalidDataException("Not a two-stage named-entity model file.");
        }

        var models = new NerModel[2];
        for (var i = 0; i < models.Length; i++)
        {
            var length = reader.ReadInt32();
            using var payload = new MemoryStream(reader.ReadBytes(length));
            models[i] = NerModel.Load(payload);
        }

        return new TwoStageModel(models[0], models[1]);
    }
}
