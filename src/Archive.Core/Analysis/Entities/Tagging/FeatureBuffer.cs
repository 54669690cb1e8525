namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>The hashed feature keys of one sentence, token after token (a reusable, growing buffer).</summary>
internal sealed class FeatureBuffer
{
    private uint[] _keys = new uint[1024];
    private int[] _offsets = new int[64];

    public int TokenCount { get; private set; }

    public int KeyCount { get; private set; }

    public void Clear()
    {
        TokenCount = 0;
        KeyCount = 0;
        _offsets[0] = 0;
    }

    public void EndToken()
    {
        TokenCount++;
        if (TokenCount + 1 > _offsets.Length)
        {
            Array.Resize(ref _offsets, _offsets.Length * 2);
        }

        _offsets[TokenCount] = KeyCount;
    }

    public void Add(uint key)
    {
        if (KeyCount == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
        }

        _keys[KeyCount++] = key;
    }

    public ReadOnlySpan<uint> Token(int index) => _keys.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);

    public ReadOnlySpan<uint> All => _keys.AsSpan(0, KeyCount);

    public ReadOnlySpan<int> Offsets => _offsets.AsSpan(0, TokenCount + 1);
}
