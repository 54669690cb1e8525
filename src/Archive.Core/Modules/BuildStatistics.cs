using Archive.Core.Output;

namespace Archive.Core.Modules;

/// <summary>Counts the build summary prints.</summary>
public sealed class BuildStatistics
{
    public int Files { get; private set; }

    public WriteStats Writes { get; private set; } = new(0, 0);

    internal void Record(int files, WriteStats writes)
    {
        Files = files;
        Writes = writes;
    }
}
