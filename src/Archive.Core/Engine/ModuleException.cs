namespace Archive.Core.Engine;

/// <summary>A module failed with a bug or an I/O fault; wraps it once with where it happened.</summary>
public sealed class ModuleException : Exception
{
    public ModuleException()
    {
    }

    public ModuleException(string message)
        : base(message)
    {
    }

    public ModuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
