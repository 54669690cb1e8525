namespace Archive.Core.Engine;

/// <summary>
/// Input reads; Process of a pipeline waits for the Process of its dependencies; PostProcess waits for
/// every Process (so index pages see all articles); Output waits for every PostProcess.
/// </summary>
public enum Phase
{
    Input,
    Process,
    PostProcess,
    Output,
}
