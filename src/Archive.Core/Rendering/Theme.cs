using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using Archive.Core.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Archive.Core.Rendering;

/// <summary>
/// The Scriban layouts (<c>theme/layouts/*.sbn</c>) and partials (<c>theme/partials/*.sbn</c>), parsed once
/// and shared by every render. Parse errors are diagnostics with file, line and column; a render error
/// is a <see cref="TemplateException"/> carrying one. Each page is rendered inside <c>base</c> unless
/// the page template is itself a full document.
/// </summary>
public sealed class Theme
{
    private readonly FrozenDictionary<string, Template> _layouts;
    private readonly FrozenDictionary<string, Template> _partials;
    /// <summary>
    /// One context per rendering thread, reset before each page: a context caches how to read each
    /// view-model type, which is costly to build and the same for every page and every theme.
    /// </summary>
    [ThreadStatic]
    private static HtmlTemplateContext? t_context;

    private readonly ScriptObject _functions;

    private Theme(FrozenDictionary<string, Template> layouts, FrozenDictionary<string, Template> partials, Func<string, string> assetUrl, TemplateFunctions? extra)
    {
        _layouts = layouts;
        _partials = partials;

        // The functions templates call, bound once.
        _functions = new ScriptObject
        {
            ["asset"] = new TemplateFunction(["path"], 1, (context, _, arguments) => assetUrl(context.ObjectToString(arguments[0]) ?? "")),
            ["partial"] = new TemplateFunction(["name", "model"], 1, (context, caller, arguments) =>
                Partial((HtmlTemplateContext)context, caller, context.ObjectToString(arguments[0]) ?? "", arguments.Count > 1 ? arguments[1] : null)),
            ["raw"] = new TemplateFunction(["html"], 1, (context, _, arguments) => new RawHtml(context.ObjectToString(arguments[0]) ?? "")),
        };
        foreach (var (name, function) in extra?.Bound() ?? [])
        {
            _functions[name] = function;
        }

        _functions.IsReadOnly = true;
    }

    public string Directory { get; private init; } = "";

    /// <summary>How far one page's templates may go before the render is stopped.</summary>
    public RenderLimits Limits { get; private init; } = RenderLimits.Default;

    public bool Has(string layout) => _layouts.ContainsKey(layout);

    /// <summary>Loads and parses every template; returns null when any of them has an error.</summary>
    public static Theme? Load(string themeDirectory, Func<string, string> assetUrl, ICollection<Diagnostic> diagnostics, TemplateFunctions? functions = null) =>
        Load(themeDirectory, assetUrl, diagnostics, RenderLimits.Default, functions);

    /// <summary>Loads and parses every template, to be rendered within <paramref name="limits"/>, with a site's extra <paramref name="functions"/>.</summary>
    public static Theme? Load(string themeDirectory, Func<string, string> assetUrl, ICollection<Diagnostic> diagnostics, RenderLimits limits, TemplateFunctions? functions = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var layouts = Parse(Path.Combine(themeDirectory, "layouts"), diagnostics);
        var partials = Parse(Path.Combine(themeDirectory, "partials"), diagnostics);
        foreach (var required in new[] { "base", "article", "list", "terms", "home" })
        {
            if (!layouts.ContainsKey(required))
            {
                diagnostics.Add(Diagnostic.Error("ARC040", $"The theme has no layout '{required}.sbn'.", Path.Combine(themeDirectory, "layouts")));
            }
        }

        return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)
            ? null
            : new Theme(layouts.ToFrozenDictionary(), partials.ToFrozenDictionary(), assetUrl, functions) { Directory = themeDirectory, Limits = limits };
    }

    /// <summary>
    /// Renders <paramref name="layout"/> with the given variables, then wraps it in <c>base</c>. A template that fails
    /// or reaches one of the <see cref="RenderLimits"/> throws a <see cref="TemplateException"/> whose diagnostic names
    /// the template, line and column where it stopped.
    /// </summary>
    public string Render(string layout, IReadOnlyDictionary<string, object?> variables)
    {
        var bytes = new ArrayBufferWriter<byte>();
        RenderUtf8(layout, variables, bytes);
        return Encoding.UTF8.GetString(bytes.WrittenSpan);
    }

    /// <summary>
    /// <see cref="Render"/>, written as UTF-8 to <paramref name="destination"/>: the layout is rendered to text (the
    /// frame places it as a whole), the frame straight to bytes, so the page is never held as one string.
    /// </summary>
    public void RenderUtf8(string layout, IReadOnlyDictionary<string, object?> variables, IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(destination);
        var context = CreateContext(variables);
        try
        {
            var page = _layouts[layout];
            if (layout != "base" && _layouts.TryGetValue("base", out var frame))
            {
                var content = RenderPage(page, context, () => RenderTemplate(page, context));
                context.SetValue(new ScriptVariableGlobal("content"), new RawHtml(content));
                page = frame;
            }

            RenderPage(page, context, () => RenderTemplate(page, context, destination));
        }
        finally
        {
            context.EndPage();
        }
    }

    private HtmlTemplateContext CreateContext(IReadOnlyDictionary<string, object?> variables)
    {
        var globals = new ScriptObject();
        foreach (var (name, value) in variables)
        {
            globals[name] = value;
        }

        var context = t_context ??= new HtmlTemplateContext(Builtins.Shared) { MemberRenamer = StandardMemberRenamer.Default };
        context.BeginPage(Limits);
        context.PushGlobal(_functions);
        context.PushGlobal(globals);
        return context;
    }

    private RawHtml Partial(HtmlTemplateContext context, SourceSpan caller, string name, object? model)
    {
        if (!_partials.TryGetValue(name, out var template))
        {
            throw new ScriptRuntimeException(caller, $"No partial named '{name}' in theme/partials.");
        }

        context.EnterCall(caller);
        var scope = new ScriptObject { ["model"] = model };
        context.PushGlobal(scope);
        try
        {
            return new RawHtml(RenderTemplate(template, context));
        }
        finally
        {
            context.PopGlobal();
            context.ExitCall();
        }
    }

    /// <summary>
    /// Renders a page's layout or its base. An error in a partial reaches here unchanged, with the partial's span:
    /// Scriban wraps only exceptions that are not its own.
    /// </summary>
    private static T RenderPage<T>(Template template, HtmlTemplateContext context, Func<T> render)
    {
        try
        {
            return render();
        }
        catch (ScriptRuntimeException ex)
        {
            var code = ex switch
            {
                TemplateLimitException limit => limit.Code,
                ScriptAbortException => TemplateLimitException.Time,
                _ => "ARC042",
            };
            var message = ex is ScriptAbortException ? HtmlTemplateContext.TimeMessage(context.Limits) : ex.OriginalMessage;
            var span = ex.Span;
            throw new TemplateException(message, ex)
            {
                Diagnostic = Diagnostic.Error(code, message, span.FileName ?? template.SourceFilePath, span.Start.Line + 1, span.Start.Column + 1),
            };
        }
    }

    private static string RenderTemplate(Template template, HtmlTemplateContext context)
    {
        // Template.Render returns the text and then clears the output it wrote to; the context lends the
        // builder, so a page's text is not grown chunk by chunk from empty in every template and partial.
        var builder = context.RentBuilder();
        context.PushOutput(new BoundedOutput(builder, context, context.Limits.MaxOutputChars));
        try
        {
            return template.Render(context) ?? "";
        }
        finally
        {
            context.PopOutput();
            context.ReturnBuilder(builder);
        }
    }

    private static bool RenderTemplate(Template template, HtmlTemplateContext context, IBufferWriter<byte> destination)
    {
        var output = new Utf8Output(destination, context, context.Limits.MaxOutputChars);
        context.PushOutput(output);
        try
        {
            template.Render(context);
            output.Flush();
            return true;
        }
        finally
        {
            context.PopOutput();
        }
    }

    private static Dictionary<string, Template> Parse(string directory, ICollection<Diagnostic> diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        if (!System.IO.Directory.Exists(directory))
        {
            return templates;
        }

        foreach (var path in Inputs.FolderWalk.Files(directory, recurse: false).Where(f => f.EndsWith(".sbn", StringComparison.Ordinal)))
        {
            var display = path.Replace('\\', '/');
            var template = Template.Parse(File.ReadAllText(path), display);
            foreach (var message in template.Messages)
            {
                var severity = message.Type == ParserMessageType.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
                diagnostics.Add(new Diagnostic(severity, "ARC041", message.Message, display, message.Span.Start.Line + 1, message.Span.Start.Column + 1));
            }

            templates[Path.GetFileNameWithoutExtension(path)] = template;
        }

        return templates;
    }

    /// <summary>Scriban's built-in functions, created once: building them per render is costly.</summary>
    private static class Builtins
    {
        public static ScriptObject Shared { get; } = TemplateContext.GetDefaultBuiltinObject();
    }
}
