using Scriban.Parsing;
using Scriban.Syntax;

namespace Archive.Core.Rendering;

/// <summary>
/// A page's templates reached one of the <see cref="RenderLimits"/>. A Scriban runtime error, so that Scriban passes
/// it up unchanged with its span, and with the code of the limit, so that the diagnostic says which one.
/// </summary>
internal sealed class TemplateLimitException(string code, SourceSpan span, string message) : ScriptRuntimeException(span, message)
{
    public const string LoopSteps = "ARC043";
    public const string CallDepth = "ARC044";
    public const string Output = "ARC045";
    public const string Time = "ARC046";

    /// <summary>Which limit: <see cref="LoopSteps"/>, <see cref="CallDepth"/>, <see cref="Output"/> or <see cref="Time"/>.</summary>
    public string Code => code;
}
