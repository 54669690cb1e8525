namespace Archive.Core.Normalization;

/// <summary>Turns one capture into an <see cref="CaptureResult"/>. Never throws on bad content.</summary>
public interface ICaptureReader
{
    CaptureResult Read(CaptureInput input, SourceRules rules);
}
