using Archive.Core.Rendering;

namespace Archive.Core.Tests.Templates;

/// <summary>
/// The page clock counts the rendering thread's own CPU time: wall time spent waiting for a core (a loaded machine)
/// does not expire it, CPU time does, and wall time still does at <see cref="RenderClock.WallFactor"/> times the limit.
/// The CPU time here is a fake the test moves by hand.
/// </summary>
public sealed class RenderClockTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(100);

    private TimeSpan? _cpu = TimeSpan.FromSeconds(10);

    private RenderClock FakeCpuClock() => new(() => () => _cpu);

    [Fact]
    public void Wall_time_without_cpu_time_does_not_expire_the_page_but_cpu_time_does()
    {
        using var clock = FakeCpuClock();
        clock.Start(Limit);

        Thread.Sleep(Limit * 3); // the thread waits for a core: no CPU time passes
        Assert.False(clock.IsExpired);

        _cpu += Limit * 1.5;
        Assert.True(SpinUntil(() => clock.IsExpired));
        Assert.True(clock.Token.IsCancellationRequested);
    }

    [Fact]
    public void A_render_blocked_without_using_the_cpu_expires_at_the_wall_limit()
    {
        using var clock = FakeCpuClock();
        clock.Start(Limit);

        Assert.True(SpinUntil(() => clock.IsExpired));
    }

    [Fact]
    public void Without_a_cpu_clock_wall_time_counts()
    {
        using var clock = new RenderClock(() => () => null);
        clock.Start(Limit);

        Assert.True(SpinUntil(() => clock.IsExpired));
    }

    [Fact]
    public void A_stopped_page_never_expires_and_the_next_page_starts_afresh()
    {
        using var clock = FakeCpuClock();
        clock.Start(Limit);
        clock.Stop();
        _cpu += Limit * 5;
        Thread.Sleep(Limit * 3);
        Assert.False(clock.IsExpired);

        clock.Start(Limit);
        Assert.False(clock.IsExpired);
        _cpu += Limit * 2;
        Assert.True(SpinUntil(() => clock.IsExpired));
    }

    [Fact]
    public void On_linux_the_real_clock_counts_the_threads_own_work()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var clock = new RenderClock();
        clock.Start(Limit);
        var spins = 0L;
        Assert.True(SpinUntil(() => { spins++; return clock.IsExpired; }));
        Assert.True(spins > 0);
    }

    private static bool SpinUntil(Func<bool> condition) => SpinWait.SpinUntil(condition, TimeSpan.FromSeconds(30));
}
