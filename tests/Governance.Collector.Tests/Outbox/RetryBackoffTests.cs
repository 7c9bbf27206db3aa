using Governance.Collector.Outbox;

namespace Governance.Collector.Tests.Outbox;

/// <summary>Exponential backoff with jitter, a cap, and Retry-After.</summary>
public sealed class RetryBackoffTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public void Delays_double_up_to_the_cap()
    {
        var top = new RetryBackoff(Second, TimeSpan.FromSeconds(60), () => 0.999999);
        var nominal = Enumerable.Range(1, 9).Select(n => Math.Round(top.Delay(n).TotalSeconds)).ToArray();
        Assert.Equal([1d, 2, 4, 8, 16, 32, 60, 60, 60], nominal);
        Assert.Equal(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(Math.Round(top.Delay(1000).TotalSeconds)));
    }

    [Fact]
    public void Jitter_keeps_each_delay_between_half_and_all_of_the_nominal_wait()
    {
        var bottom = new RetryBackoff(Second, TimeSpan.FromSeconds(60), () => 0);
        Assert.Equal(TimeSpan.FromMilliseconds(500), bottom.Delay(1));
        Assert.Equal(TimeSpan.FromSeconds(30), bottom.Delay(20));

        var random = new RetryBackoff(Second, TimeSpan.FromSeconds(60));
        var delays = Enumerable.Range(0, 200).Select(_ => random.Delay(3)).ToList();
        Assert.All(delays, d => Assert.InRange(d, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)));
        Assert.True(delays.Distinct().Count() > 100, "delays should be spread");
    }

    [Fact]
    public void Retry_after_is_honoured_but_capped()
    {
        var backoff = new RetryBackoff(Second, TimeSpan.FromSeconds(60), () => 0);
        Assert.Equal(TimeSpan.FromSeconds(30), backoff.Delay(1, TimeSpan.FromSeconds(30)));
        // A shorter Retry-After never shortens the backoff (attempt 5: nominal 16 s, 8 s without jitter).
        Assert.Equal(TimeSpan.FromSeconds(8), backoff.Delay(5, TimeSpan.FromSeconds(1)));
        Assert.Equal(RetryBackoff.MaxRetryAfter, backoff.Delay(1, TimeSpan.FromDays(1)));
    }
}
