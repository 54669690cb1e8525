using Archive.Cli.Commands;

// A build asks the pool for more threads than cores: pipelines render side by side, each with a parallel
// query, and normalising runs two workers per core. Below its minimum the pool starts threads at once;
// above it, it adds them slowly, which would hold those workers back.
ThreadPool.GetMinThreads(out var workers, out var completionPorts);
ThreadPool.SetMinThreads(Math.Max(workers, 2 * Environment.ProcessorCount), completionPorts);

// Everything on standard error is a message for a person (diagnostics, parse errors, an unhandled exception): none
// of it may carry a control character from a file name to the terminal raw.
Console.SetError(TerminalText.Writer(Console.Error));

return await CommandLineApp.Create().Parse(args).InvokeAsync().ConfigureAwait(false);
