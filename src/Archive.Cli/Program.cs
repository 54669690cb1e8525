using Archive.Cli.Commands;

return await CommandLineApp.Create().Parse(args).InvokeAsync().ConfigureAwait(false);
