namespace Archive.Core.Rendering;

/// <summary>
/// How far the templates of one page may go before the render is stopped with an error naming the template,
/// line and column: a theme can loop, recurse or write without end, and a build or a preview must still finish.
/// The defaults sit far above what the real theme needs for an archive of 100,000 captures, so that only a
/// runaway template reaches them.
/// </summary>
public sealed record RenderLimits
{
    /// <summary>
    /// Loop steps in one page, every <c>for</c>, <c>while</c> and <c>tablerow</c> of its layout, partials and base
    /// together. The real theme loops over one page of a list (<c>page_size</c> items) and an article's links: a few
    /// hundred steps. A million is thousands of times that, and a theme that lists every article of a 10,000-capture
    /// archive on one page with ten links each (110,000 steps) stays well under it. It stops
    /// <c>{{ while true }}{{ end }}</c> in a fraction of a second, far inside the time limit even on a loaded machine,
    /// so that an endless loop is reported as one.
    /// </summary>
    public const int DefaultMaxLoopSteps = 1_000_000;

    /// <summary>
    /// Partials and template functions open at once. The real theme nests two deep (a layout, a partial); 64 is
    /// far beyond any design that ends, and far below the depth at which the thread's stack runs out.
    /// </summary>
    public const int DefaultMaxCallDepth = 64;

    /// <summary>
    /// Characters (UTF-16) one template render may write: a page's layout, a partial, or base with the page in it.
    /// The largest real page is an article made from a capture at the reader's 4 MiB cap: at most 4 Mi characters of
    /// text, at most 24 Mi once escaped (<c>"</c> becomes six characters). 32 Mi characters (64 MiB in memory) is
    /// above that with room for the theme, and stops a template writing without end before it exhausts memory.
    /// </summary>
    public const int DefaultMaxOutputChars = 32 * 1024 * 1024;

    /// <summary>
    /// Time for one page, counted in the rendering thread's own CPU time where the system tells it (Linux; elsewhere,
    /// and for a template blocked without using the CPU, <see cref="RenderClock.WallFactor"/> times this in wall time:
    /// <see cref="RenderClock"/>). A page of the real theme renders in about a millisecond, the largest in tens of
    /// milliseconds. Five seconds leaves room for a full garbage collection of a large archive's heap, and stops what
    /// the other limits let through (a loop whose steps each take long, or a recursion that branches) within seconds,
    /// so that a preview reports it and goes on to the next edit. Other work loading the machine does not count.
    /// </summary>
    public static readonly TimeSpan DefaultMaxRenderTime = TimeSpan.FromSeconds(5);

    public static RenderLimits Default { get; } = new();

    public int MaxLoopSteps { get; init; } = DefaultMaxLoopSteps;

    public int MaxCallDepth { get; init; } = DefaultMaxCallDepth;

    public int MaxOutputChars { get; init; } = DefaultMaxOutputChars;

    public TimeSpan MaxRenderTime { get; init; } = DefaultMaxRenderTime;
}
