using System.Collections.Concurrent;
using System.Diagnostics;

namespace Archive.Cli.Commands;

/// <summary>Times each capture on the thread that normalises it, and reports captures per CPU second by format.</summary>
internal sealed class ThroughputTimer
{
    private readonly ConcurrentDictionary<string, (int Count, long Ticks, long Bytes)> _byFormat = new(StringComparer.Ordinal);
    private readonly Stopwatch _wall = Stopwatch.StartNew();

    public T Time<T>(string path, Func<T> work)
    {
        var started = Stopwatch.GetTimestamp();
        var result = work();
        var elapsed = Stopwatch.GetTimestamp() - started;
        var bytes = File.Exists(path) ? new FileInfo(path).Length : 0;
        _byFormat.AddOrUpdate(
            Path.GetExtension(path).ToLowerInvariant(),
            (1, elapsed, bytes),
            (_, total) => (total.Count + 1, total.Ticks + elapsed, total.Bytes + bytes));
        return result;
    }

    public void Print(TextWriter writer)
    {
        foreach (var (format, (count, ticks, bytes)) in _byFormat.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var seconds = ticks / (double)Stopwatch.Frequency;
            writer.WriteLine($"{TerminalText.Line(format)}: {count} captures, {bytes / 1024.0 / count:0.0} KB average, {seconds:0.00} s of thread time, {count / seconds:0} captures per second on one core");
        }

        using var process = Process.GetCurrentProcess();
        writer.WriteLine($"wall {_wall.Elapsed.TotalSeconds:0.00} s, process CPU {process.TotalProcessorTime.TotalSeconds:0.00} s");
    }
}
