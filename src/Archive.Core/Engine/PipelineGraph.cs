namespace Archive.Core.Engine;

/// <summary>Orders pipelines so that every pipeline comes after its dependencies; a cycle is an error that names it.</summary>
internal static class PipelineGraph
{
    public static IReadOnlyList<Pipeline> Sort(IReadOnlyList<Pipeline> pipelines)
    {
        var byName = new Dictionary<string, Pipeline>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            if (!byName.TryAdd(pipeline.Name, pipeline))
            {
                throw new ArgumentException($"Two pipelines are named '{pipeline.Name}'.", nameof(pipelines));
            }
        }

        var sorted = new List<Pipeline>(pipelines.Count);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the path, true: done
        var path = new List<string>();

        void Visit(Pipeline pipeline)
        {
            if (state.TryGetValue(pipeline.Name, out var done))
            {
                if (!done)
                {
                    var start = path.IndexOf(pipeline.Name);
                    var cycle = path.Skip(start).Append(pipeline.Name).ToList();
                    throw new PipelineCycleException($"Pipelines depend on each other in a cycle: {string.Join(" -> ", cycle)}.") { Cycle = cycle };
                }

                return;
            }

            state[pipeline.Name] = false;
            path.Add(pipeline.Name);
            foreach (var dependency in pipeline.Dependencies)
            {
                if (!byName.TryGetValue(dependency, out var required))
                {
                    throw new ArgumentException($"Pipeline '{pipeline.Name}' depends on '{dependency}', which does not exist.", nameof(pipelines));
                }

                Visit(required);
            }

            path.RemoveAt(path.Count - 1);
            state[pipeline.Name] = true;
            sorted.Add(pipeline);
        }

        foreach (var pipeline in pipelines)
        {
            Visit(pipeline);
        }

        return sorted;
    }
}
