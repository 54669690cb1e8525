using System.Text;
using Scriban;
using Scriban.Runtime;

namespace Archive.Core.Rendering;

/// <summary>
/// The output of one template render: a lent builder that refuses to grow past <see cref="RenderLimits.MaxOutputChars"/>,
/// stopping the render at the template text that would cross it.
/// </summary>
internal sealed class BoundedOutput(StringBuilder builder, TemplateContext context, int maxChars) : IScriptOutput
{
    public void Write(string text, int offset, int count)
    {
        if (count > maxChars - builder.Length)
        {
            throw new TemplateLimitException(
                TemplateLimitException.Output,
                context.CurrentSpan,
                $"The template wrote more than {maxChars:N0} characters; a template that writes without end is stopped here.");
        }

        builder.Append(text, offset, count);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => builder.ToString();
}
