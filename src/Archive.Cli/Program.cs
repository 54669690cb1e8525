using Archive.Cli.Commands;

// Independent pipelines (article pages and index pages) run side by side, each on every core. With only one
// pool thread per core, the second waits until the first's parallel query gives its threads back; with two
// per core it starts at once, and each overlaps its writes to disk with the other's rendering.
ThreadPool.GetMinThreads(out var workers, out var completionPorts);
ThreadPool.SetMinThreads(Math.Max(workers, 2 * Environment.ProcessorCount), completionPorts);

return await CommandLineApp.Create().Parse(args).InvokeAsync().ConfigureAwait(false);
