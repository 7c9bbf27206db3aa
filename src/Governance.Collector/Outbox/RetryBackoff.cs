namespace Governance.Collector.Outbox;

/// <summary>
/// Waits between delivery attempts: exponential from an initial delay to a cap, with jitter, and
/// never shorter than the receiver's <c>Retry-After</c>.
/// </summary>
/// <param name="initial">Nominal wait after the first failure.</param>
/// <param name="max">Cap of the nominal wait.</param>
/// <param name="random">Source of values in [0, 1); <see cref="Random.Shared"/> when <c>null</c>.</param>
internal sealed class RetryBackoff(TimeSpan initial, TimeSpan max, Func<double>? random = null)
{
    /// <summary>Longest <c>Retry-After</c> honoured; a larger value is probably a mistake and would stall delivery for hours.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(15);

    private readonly Func<double> _random = random ?? Random.Shared.NextDouble;

    /// <summary>The wait after the given number of consecutive failures (1 for the first).</summary>
    public TimeSpan Delay(int failures, TimeSpan? retryAfter = null)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var nominal = TimeSpan.FromTicks((long)Math.Min(max.Ticks, initial.Ticks * Math.Pow(2, exponent)));
        // "Equal jitter": half fixed, half random. Stores that lost the portal at the same moment
        // (a portal restart, a WAN outage) then do not all come back in the same second.
        var delay = (nominal / 2) + (nominal / 2 * _random());
        if (retryAfter is { } requested)
        {
            requested = requested > MaxRetryAfter ? MaxRetryAfter : requested;
            if (requested > delay)
            {
                delay = requested;
            }
        }

        return delay;
    }
}
