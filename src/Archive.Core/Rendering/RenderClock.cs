using System.Runtime.InteropServices;

namespace Archive.Core.Rendering;

/// <summary>
/// The time limit of one page's render, counted in the rendering thread's own CPU time where the system can tell it
/// (Linux), so that a machine loaded by other work does not fail a page its templates would finish: at a load of 25 on
/// two cores a list page of a 50,000-capture archive took over 5 s of wall time for well under a second of its own
/// CPU, and the build stopped. Elsewhere, and as a last resort for a template blocked without using the CPU, wall time
/// counts, with <see cref="WallFactor"/> times the limit.
/// The token is cancelled from a timer: when the wall time reaches the limit, the thread's CPU time is read, and the
/// timer is set again for what is left, until the CPU time reaches the limit too.
/// </summary>
internal sealed partial class RenderClock : IDisposable
{
    /// <summary>How many times the limit a page may take in wall time, whatever its CPU time.</summary>
    public const int WallFactor = 12;

    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(20);

    private readonly Func<TimeSpan?> _threadCpuTime;
    private readonly Func<Func<TimeSpan?>> _cpuClockOfCurrentThread;
    private readonly Lock _gate = new();
    private readonly Timer _timer;
    private CancellationTokenSource _source = new();
    private Func<TimeSpan?>? _pageCpuClock;
    private TimeSpan _limit;
    private TimeSpan _cpuAtStart;
    private long _wallStart;
    private bool _running;

    public RenderClock()
        : this(CurrentThreadCpuClock)
    {
    }

    /// <param name="cpuClockOfCurrentThread">Called on the rendering thread when a page starts: a reader of that
    /// thread's CPU time (null when unknown) that can be called from any thread.</param>
    internal RenderClock(Func<Func<TimeSpan?>> cpuClockOfCurrentThread)
    {
        _cpuClockOfCurrentThread = cpuClockOfCurrentThread;
        _threadCpuTime = () => _pageCpuClock?.Invoke();
        _timer = new Timer(_ => OnTimer(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public CancellationToken Token => _source.Token;

    public bool IsExpired => _source.IsCancellationRequested;

    /// <summary>Starts the clock of a page rendered on the calling thread.</summary>
    public void Start(TimeSpan limit)
    {
        lock (_gate)
        {
            _running = true;
            if (!_source.TryReset())
            {
                _source.Dispose();
                _source = new CancellationTokenSource();
            }

            _limit = limit;
            _pageCpuClock = _cpuClockOfCurrentThread();
            _cpuAtStart = _threadCpuTime() ?? TimeSpan.Zero;
            _wallStart = Environment.TickCount64;
            _timer.Change(limit, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Stops the clock: the page is done.</summary>
    public void Stop()
    {
        lock (_gate)
        {
            _running = false;
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        _source.Dispose();
    }

    private void OnTimer()
    {
        lock (_gate)
        {
            if (!_running)
            {
                return; // a tick that was on its way when the page ended
            }

            var wall = TimeSpan.FromMilliseconds(Environment.TickCount64 - _wallStart);
            var cpu = _threadCpuTime() is { } now ? now - _cpuAtStart : (TimeSpan?)null;
            var left = cpu is { } used ? _limit - used : TimeSpan.Zero;
            if (left <= TimeSpan.Zero || wall >= _limit * WallFactor)
            {
                _source.Cancel();
                return;
            }

            _timer.Change(left > MinimumWait ? left : MinimumWait, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>A reader of the calling thread's CPU time, or one that answers null where the system cannot tell.</summary>
    private static Func<TimeSpan?> CurrentThreadCpuClock()
    {
        if (!OperatingSystem.IsLinux())
        {
            return static () => null;
        }

        try
        {
            if (PthreadGetCpuClockId(PthreadSelf(), out var clock) != 0)
            {
                return static () => null;
            }

            return () => ClockGetTime(clock, out var time) == 0
                ? TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100)
                : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return static () => null;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "pthread_self")]
    private static partial nuint PthreadSelf();

    [LibraryImport("libc", EntryPoint = "pthread_getcpuclockid")]
    private static partial int PthreadGetCpuClockId(nuint thread, out int clock);

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
