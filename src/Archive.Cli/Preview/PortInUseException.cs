namespace Archive.Cli.Preview;

/// <summary>The port <c>serve</c> or <c>preview</c> was asked to listen on is taken by another process.</summary>
internal sealed class PortInUseException : IOException
{
    public PortInUseException()
    {
    }

    public PortInUseException(string message)
        : base(message)
    {
    }

    public PortInUseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PortInUseException(int port, Exception innerException)
        : base($"port {port} is in use; choose another with --port", innerException)
    {
        Port = port;
    }

    public int Port { get; }
}
