using System.Collections.Concurrent;
using System.Text;
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

    /// <summary>
    /// How to read each type, shared by every context and kept across <see cref="TemplateContext.Reset"/>
    /// (which forgets Scriban's own cache): building one reflects over the type's properties and attributes,
    /// which cost more than rendering the page. The accessor depends only on the type and on the member
    /// renamer, the same for every context here.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (Accessors.TryGetValue(target.GetType(), out var cached))
        {
            return cached;
        }

        var accessor = base.GetMemberAccessorImpl(target);
        return accessor is null ? null : Accessors.GetOrAdd(target.GetType(), accessor);
    }

    // Output builders by nesting depth (page, its partials, base): kept with their capacity between pages.
    private readonly Stack<StringBuilder> _builders = new();

    public StringBuilder RentBuilder() => _builders.TryPop(out var builder) ? builder : new StringBuilder(16 * 1024);

    public void ReturnBuilder(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Capacity <= 1024 * 1024)
        {
            _builders.Push(builder.Clear());
        }
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
