using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Archive.Core.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, unless it is <see cref="RawHtml"/>
/// the generator built itself: a template author cannot forget to escape capture text.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
        LoopLimit = 0;
        RecursiveLimit = 64;
        StrictVariables = false;
        EnableRelaxedMemberAccess = true;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawHtml raw)
        {
            return Write(raw.Value);
        }

        var text = ObjectToString(textAsObject);
        return Write(Html.Escape(text));
    }
}
