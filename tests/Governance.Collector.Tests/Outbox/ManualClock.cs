namespace Governance.Collector.Tests.Outbox;

/// <summary>A clock the test moves by hand (only wall-clock time; timers use the system).</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
