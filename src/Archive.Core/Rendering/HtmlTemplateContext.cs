using System.Collections.Concurrent;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Archive.Core.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, unless it is <see cref="RawHtml"/>
/// the generator built itself: a template author cannot forget to escape capture text. It also holds a page's
/// templates to the <see cref="RenderLimits"/>, stopping a runaway with a <see cref="TemplateLimitException"/>.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext, IDisposable
{
    private RenderLimits _limits = RenderLimits.Default;

    // Expires when the page has rendered for longer than its limit; Scriban's own iteration (in built-in
    // functions) checks its token too.
    private readonly RenderClock _clock = new();
    private long _loopSteps;
    private int _depth;

    public HtmlTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
        // Scriban's loop, recursion and output limits are off: they count per loop, per function call and per
        // top-level render, and report as any other error. This context counts per page instead, with a code for
        // each limit. Scriban's guard against running out of stack stays.
        LoopLimit = 0;
        RecursiveLimit = 0;
        OutputLimit = 0;
        StrictVariables = false;
        EnableRelaxedMemberAccess = true;
    }

    public RenderLimits Limits => _limits;

    /// <summary>Forgets the last page (its globals, counts and clock) and starts the clock of the next.</summary>
    public void BeginPage(RenderLimits limits)
    {
        Reset();
        _limits = limits;
        _loopSteps = 0;
        _depth = 0;
        _clock.Start(limits.MaxRenderTime);
        CancellationToken = _clock.Token;
    }

    /// <summary>Stops the page's clock.</summary>
    public void EndPage() => _clock.Stop();

    /// <summary>Releases the page clock's timer (a rendering thread's context otherwise lives as long as the thread).</summary>
    public void Dispose() => _clock.Dispose();

    /// <summary>A partial or a template function is entered from <paramref name="caller"/>.</summary>
    public void EnterCall(SourceSpan caller)
    {
        CheckTime(caller);
        if (++_depth > _limits.MaxCallDepth)
        {
            _depth--;
            throw new TemplateLimitException(
                TemplateLimitException.CallDepth,
                caller,
                $"Partials and functions are nested more than {_limits.MaxCallDepth} deep; a partial or function that calls itself without end is stopped here.");
        }
    }

    public void ExitCall() => _depth--;

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        CheckTime(scriptNode?.Span ?? CurrentSpan);

        // A template function's body: its caller is the node being evaluated.
        if (scriptNode?.Parent is ScriptFunction function && ReferenceEquals(function.Body, scriptNode))
        {
            EnterCall(CurrentSpan);
            try
            {
                return base.Evaluate(scriptNode, aliasReturnedFunction);
            }
            finally
            {
                ExitCall();
            }
        }

        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        CheckTime(loop.Span);
        if (++_loopSteps > _limits.MaxLoopSteps)
        {
            throw new TemplateLimitException(
                TemplateLimitException.LoopSteps,
                loop.Span,
                $"The page's loops ran more than {_limits.MaxLoopSteps:N0} times; a loop that never ends is stopped here.");
        }

        return base.OnStepLoop(loop);
    }

    private void CheckTime(SourceSpan span)
    {
        if (_clock.IsExpired)
        {
            throw new TemplateLimitException(TemplateLimitException.Time, span, TimeMessage(_limits));
        }
    }

    public static string TimeMessage(RenderLimits limits) =>
        $"The page took longer than {limits.MaxRenderTime.TotalSeconds:0.###} s of CPU time to render; a template that never finishes is stopped here.";

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
