using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Archive.Core.Rendering;

/// <summary>
/// A function templates call (<c>partial</c>, <c>asset</c>, <c>raw</c>), invoked directly: importing a
/// delegate makes Scriban call it by reflection, which costs more than the partial it renders.
/// </summary>
internal sealed class TemplateFunction(string[] parameters, int required, Func<TemplateContext, SourceSpan, ScriptArray, object?> body)
    : IScriptCustomFunction
{
    public int RequiredParameterCount => required;

    public int ParameterCount => parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), parameters[index]);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count < required || arguments.Count > parameters.Length)
        {
            throw new ScriptRuntimeException(span,
                $"Expected {(required == parameters.Length ? $"{required}" : $"{required} to {parameters.Length}")} argument(s) ({string.Join(", ", parameters)}), got {arguments.Count}.");
        }

        return body(context, span, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
