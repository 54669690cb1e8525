using System.CommandLine;
using Archive.Core.Engine;

namespace Archive.Cli.Commands;

/// <summary>The folder options every site command shares, with the repository layout as defaults.</summary>
internal sealed class SiteOptions
{
    public Option<string> Input { get; } = new("--input") { Description = "Folder of captures.", DefaultValueFactory = _ => "input" };

    public Option<string> Output { get; } = new("--output") { Description = "Folder the site is written to.", DefaultValueFactory = _ => "output" };

    public Option<string> Theme { get; } = new("--theme") { Description = "Theme folder (layouts, partials, assets).", DefaultValueFactory = _ => "theme" };

    public Option<string> Site { get; } = new("--site") { Description = "Site settings file.", DefaultValueFactory = _ => "site.yml" };

    /// <summary>The incremental build cache (git-ignored; <c>clean</c> deletes it).</summary>
    public static string CacheDirectory => Archive.Core.Output.OutputFolder.CacheFolder();

    public void AddTo(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(Output);
        command.Options.Add(Theme);
        command.Options.Add(Site);
    }

    public BuildPaths Paths(ParseResult parseResult) => new(
        Path.GetFullPath(parseResult.GetValue(Input)!),
        Path.GetFullPath(parseResult.GetValue(Output)!),
        Path.GetFullPath(parseResult.GetValue(Theme)!),
        Path.GetFullPath(parseResult.GetValue(Site)!));
}
