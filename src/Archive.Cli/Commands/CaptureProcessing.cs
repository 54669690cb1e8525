using Archive.Core.Building;
using Archive.Core.Diagnostics;
using Archive.Core.Inputs;
using Archive.Core.Normalization;

namespace Archive.Cli.Commands;

/// <summary>The capture processor of the commands that read captures outside a build (<c>extract</c>, <c>ner PATH</c>): site.yml read and checked as <c>build</c> reads it.</summary>
internal static class CaptureProcessing
{
    /// <summary>
    /// The processor for <paramref name="siteFile"/> (defaults when it does not exist), with the built-in readers; null
    /// when site.yml has an error, which is printed to <paramref name="errors"/> with its warnings, as a build prints them.
    /// </summary>
    public static CaptureProcessor? Load(string siteFile, TextWriter errors, string? textModel = null, string? dateModel = null, string? htmlScoring = null)
    {
        var diagnostics = new List<Diagnostic>();
        var settings = SiteBuilder.LoadSettings(Path.GetFullPath(siteFile), diagnostics);
        foreach (var diagnostic in diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
        {
            errors.WriteLine(diagnostic.ToString());
        }

        return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)
            ? null
            : new CaptureProcessor(settings, CaptureReaderRegistry.CreateDefault(TextModel(textModel), DateModel(dateModel), HtmlScoring(htmlScoring)));
    }

    /// <summary>
    /// The text-dump line model an <c>--text-model</c> option names: <c>rules</c> (the hand rules), <c>learnt</c> (the
    /// embedded weights), a model file written by <c>train-text</c>, or nothing (the default reader's choice).
    /// </summary>
    private static Core.Normalization.Text.Learning.TextLineModel? TextModel(string? option) => option switch
    {
        null or "" => Core.Normalization.Text.Learning.TextLineModel.Default,
        "rules" => null,
        "learnt" => Core.Normalization.Text.Learning.TextLineModel.Embedded
            ?? throw new InvalidOperationException("No text line model is embedded in this build."),
        _ => Core.Normalization.Text.Learning.TextLineModel.ReadFile(option),
    };

    /// <summary>
    /// The model that chooses a text dump's publication day, as a <c>--date-model</c> option names it: <c>rules</c> (the
    /// hand rules), <c>learnt</c> (the embedded weights), a model file written by <c>train-dates</c>, or nothing (the default).
    /// </summary>
    private static Core.Normalization.Dates.Learning.TextDateModel? DateModel(string? option) => option switch
    {
        null or "" => Core.Normalization.Dates.Learning.TextDateModel.Default,
        "rules" => null,
        "learnt" => Core.Normalization.Dates.Learning.TextDateModel.Embedded
            ?? throw new InvalidOperationException("No text date model is embedded in this build."),
        _ => Core.Normalization.Dates.Learning.TextDateModel.ReadFile(option),
    };

    /// <summary>The HTML reader's weights as an <c>--html-scoring</c> option names them: a file written by <c>train-html</c>, or nothing (the defaults).</summary>
    private static Core.Normalization.Html.ContentScoring HtmlScoring(string? option) =>
        string.IsNullOrEmpty(option) ? Core.Normalization.Html.ContentScoring.Default : Core.Normalization.Html.ContentScoring.ReadFile(option);

    /// <summary>A capture given by path, with its sidecar (<c>PATH.yml</c>) when there is one, as the build reads them.</summary>
    public static CaptureFile Read(string path)
    {
        var sidecar = path + ".yml";
        return File.Exists(sidecar)
            ? new CaptureFile(path, File.ReadAllBytes(path), sidecar, File.ReadAllBytes(sidecar))
            : new CaptureFile(path, File.ReadAllBytes(path));
    }
}
