using Archive.Core.Diagnostics;
using Archive.Core.Engine;

namespace Archive.Core.Tests.Engine;

public sealed class PipelineEngineTests
{
    [Fact]
    public async Task Process_of_a_pipeline_sees_the_outputs_of_its_dependency()
    {
        var source = new TestPipeline("Source") { ProcessModules = { Emit("a", "b") } };
        var upper = new TestPipeline("Upper", "Source")
        {
            ProcessModules = { new Step((_, context) => context.OutputsOf("Source").Select(d => d with { Source = d.Source!.ToUpperInvariant() }).ToList()) },
        };

        var result = await new PipelineEngine([upper, source]).ExecuteAsync();

        Assert.Equal(["A", "B"], result.Outputs["Upper"].Select(d => d.Source));
    }

    [Fact]
    public async Task A_pipeline_that_hands_its_documents_over_gives_them_to_each_dependent_and_keeps_none()
    {
        var source = new TestPipeline("Source") { HandsOver = true, ProcessModules = { Emit("a", "b") } };
        var first = new TestPipeline("First", "Source") { ProcessModules = { new Step((_, context) => context.OutputsOf("Source")) } };
        var second = new TestPipeline("Second", "Source") { ProcessModules = { new Step((_, context) => context.OutputsOf("Source")) } };
        var seenLater = new List<Document>();
        var later = new TestPipeline("Later") { PostProcessModules = { new Step((inputs, context) => { seenLater.AddRange(context.OutputsOf("Source")); return inputs; }) } };

        var result = await new PipelineEngine([source, first, second, later]).ExecuteAsync();

        Assert.Equal(["a", "b"], result.Outputs["First"].Select(d => d.Source));
        Assert.Equal(["a", "b"], result.Outputs["Second"].Select(d => d.Source));
        Assert.Empty(seenLater);
        Assert.Empty(result.Outputs["Source"]);
    }

    [Fact]
    public async Task A_dependent_reading_handed_over_documents_twice_fails()
    {
        var source = new TestPipeline("Source") { HandsOver = true, ProcessModules = { Emit("a") } };
        var reader = new TestPipeline("Reader", "Source") { ProcessModules = { new Step((_, context) => context.OutputsOf("Source")), new Step((_, context) => context.OutputsOf("Source")) } };

        var exception = await Assert.ThrowsAsync<ModuleException>(() => new PipelineEngine([source, reader]).ExecuteAsync());

        Assert.Contains("again", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipelines_are_ordered_after_their_dependencies()
    {
        var engine = new PipelineEngine([new TestPipeline("C", "B"), new TestPipeline("B", "A"), new TestPipeline("A")]);

        Assert.Equal(["A", "B", "C"], engine.Pipelines.Select(p => p.Name));
    }

    [Fact]
    public void A_cycle_is_an_error_that_names_it()
    {
        var exception = Assert.Throws<PipelineCycleException>(() =>
            new PipelineEngine([new TestPipeline("A", "C"), new TestPipeline("B", "A"), new TestPipeline("C", "B")]));

        Assert.Contains("A -> C -> B -> A", exception.Message, StringComparison.Ordinal);
        Assert.Equal(["A", "C", "B", "A"], exception.Cycle);
    }

    [Fact]
    public void A_missing_dependency_is_named()
    {
        var exception = Assert.Throws<ArgumentException>(() => new PipelineEngine([new TestPipeline("A", "Nope")]));

        Assert.Contains("Nope", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Independent_pipelines_run_at_the_same_time()
    {
        // Each pipeline waits until the other has started: this completes only if both run concurrently.
        var startedA = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var startedB = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var a = new TestPipeline("A") { ProcessModules = { new AsyncStep(async ct => { startedA.SetResult(); await startedB.Task.WaitAsync(ct); }) } };
        var b = new TestPipeline("B") { ProcessModules = { new AsyncStep(async ct => { startedB.SetResult(); await startedA.Task.WaitAsync(ct); }) } };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var result = await new PipelineEngine([a, b]).ExecuteAsync(timeout.Token);

        Assert.True(startedA.Task.IsCompletedSuccessfully && startedB.Task.IsCompletedSuccessfully);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task PostProcess_waits_for_every_Process()
    {
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var slow = new TestPipeline("Slow") { ProcessModules = { new AsyncStep(async ct => { await Task.Delay(50, ct); log.Enqueue("slow process"); }) } };
        var fast = new TestPipeline("Fast") { PostProcessModules = { new AsyncStep(_ => { log.Enqueue("fast post-process"); return Task.CompletedTask; }) } };

        await new PipelineEngine([slow, fast]).ExecuteAsync();

        Assert.Equal(["slow process", "fast post-process"], log);
    }

    [Fact]
    public async Task Reading_a_pipeline_that_is_not_a_dependency_in_Process_fails()
    {
        var other = new TestPipeline("Other");
        var reader = new TestPipeline("Reader") { ProcessModules = { new Step((_, context) => context.OutputsOf("Other")) } };

        var exception = await Assert.ThrowsAsync<ModuleException>(() => new PipelineEngine([other, reader]).ExecuteAsync());

        Assert.Contains("Reader", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_module_is_reported_with_its_pipeline_and_phase_and_cancels_the_rest()
    {
        var neverEnds = new TestPipeline("Waiting") { ProcessModules = { new AsyncStep(ct => Task.Delay(Timeout.Infinite, ct)) } };
        var failing = new TestPipeline("Failing") { ProcessModules = { new Step((_, _) => throw new InvalidOperationException("boom")) } };

        var exception = await Assert.ThrowsAsync<ModuleException>(() => new PipelineEngine([neverEnds, failing]).ExecuteAsync());

        Assert.Contains("Failing » Process", exception.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(exception.InnerException);
    }

    [Fact]
    public async Task Cancellation_stops_the_run()
    {
        using var cancellation = new CancellationTokenSource();
        var pipeline = new TestPipeline("Waiting") { ProcessModules = { new AsyncStep(async ct => { await cancellation.CancelAsync(); await Task.Delay(Timeout.Infinite, ct); }) } };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new PipelineEngine([pipeline]).ExecuteAsync(cancellation.Token));
    }

    [Fact]
    public async Task Diagnostics_from_every_pipeline_are_collected_in_a_stable_order()
    {
        var a = new TestPipeline("A") { ProcessModules = { Report(Diagnostic.Warning("T2", "second", "b.txt", 3, 1)) } };
        var b = new TestPipeline("B") { ProcessModules = { Report(Diagnostic.Error("T1", "first", "a.txt", 9, 2)) } };

        var result = await new PipelineEngine([a, b]).ExecuteAsync();

        Assert.Equal(["a.txt(9,2): error T1: first", "b.txt(3,1): warning T2: second"], result.Diagnostics.Select(d => d.ToString()));
        Assert.True(result.HasErrors);
    }

    private static Step Emit(params string[] sources) => new((_, _) => sources.Select(s => new Document { Source = s }).ToList());

    private static Step Report(Diagnostic diagnostic) => new((inputs, context) =>
    {
        context.Report(diagnostic);
        return inputs;
    });

    private sealed class TestPipeline : Pipeline
    {
        public TestPipeline(string name, params string[] dependencies)
        {
            Name = name;
            Dependencies.AddRange(dependencies);
        }
    }

    private sealed class Step(Func<IReadOnlyList<Document>, IExecutionContext, IReadOnlyList<Document>> run) : IModule
    {
        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken) =>
            Task.FromResult(run(inputs, context));
    }

    private sealed class AsyncStep(Func<CancellationToken, Task> run) : IModule
    {
        public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
        {
            await run(cancellationToken);
            return inputs;
        }
    }
}
