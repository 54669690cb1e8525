using System.CommandLine;

namespace Archive.Cli.Commands;

/// <summary>The root command: one small factory per command.</summary>
internal static class CommandLineApp
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Builds a static website from a folder of raw article captures.")
        {
            BuildCommand.Create(),
            CleanCommand.Create(),
            ExtractCommand.Create(),
            GenerateCommand.Create(),
            NerCommand.Create(),
            PreviewCommand.Create(),
            ServeCommand.Create(),
            StoriesCommand.Create(),
            TrainNerCommand.Create(),
            TrainKindsCommand.Create(),
            TrainTextCommand.Create(),
            TrainDatesCommand.Create(),
            TrainHtmlCommand.Create(),
        };
        return root;
    }
}
