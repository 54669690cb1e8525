using Archive.Core.Diagnostics;

namespace Archive.Core.Rendering;

/// <summary>A template failed while rendering; carries the diagnostic with the template's file and line.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException()
    {
    }

    public TemplateException(string message)
        : base(message)
    {
    }

    public TemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Diagnostic? Diagnostic { get; init; }
}
