namespace Governance.Collector.Lag;

/// <summary>Settings of <see cref="LagTracker"/>.</summary>
public sealed record LagOptions
{
    /// <summary>Default <see cref="WindowSize"/>, Burrow's default <c>intervals</c>.</summary>
    public const int DefaultWindowSize = 10;

    /// <summary>How many of the most recent scans are kept per partition and evaluated together (at least 1).</summary>
    public int WindowSize { get; init; } = DefaultWindowSize;
}
