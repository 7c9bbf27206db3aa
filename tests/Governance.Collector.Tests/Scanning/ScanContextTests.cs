using Governance.Collector.Scanning;
using Governance.Model.Platform;
using Microsoft.Extensions.Logging;

namespace Governance.Collector.Tests.Scanning;

public sealed class ScanContextTests
{
    [Fact]
    public async Task A_phase_that_throws_becomes_a_logged_problem_of_its_area_and_gives_the_fallback()
    {
        var logs = new TestOutputLoggerProvider(null);
        var progress = new List<ScanProgress>();
        var context = new ScanContext("cloud", new LoggerFactory([logs]).CreateLogger("test"), new SyncProgress<ScanProgress>(progress.Add));

        var result = await context.RunPhaseAsync<int>(ScanArea.Acls, () => throw new InvalidOperationException("boom at https://u:pw@host/x"), r => r, -1, CancellationToken.None);
        var ok = await context.RunPhaseAsync(ScanArea.Offsets, () => Task.FromResult(7), r => r, -1, CancellationToken.None);

        Assert.Equal((-1, 7), (result, ok));
        var problem = Assert.Single(context.Problems);
        Assert.Equal(ScanArea.Acls, problem.Area);
        Assert.Equal("Acls failed: InvalidOperationException: boom at https://u:[redacted]@host/x", problem.Message);
        Assert.Contains(logs.Lines, l => l.Contains("[cloud] Acls: Acls failed", StringComparison.Ordinal));
        Assert.Equal(
            [(ScanArea.Acls, ScanPhaseState.Started), (ScanArea.Acls, ScanPhaseState.Failed), (ScanArea.Offsets, ScanPhaseState.Started), (ScanArea.Offsets, ScanPhaseState.Completed)],
            progress.Select(p => (p.Phase!.Value, p.State)));
        Assert.Equal(7, progress[^1].Items);
        Assert.True(context.Timings.ContainsKey(ScanArea.Acls));
        Assert.True(context.Completeness.Failed(ScanArea.Acls));
        Assert.False(context.Completeness.Failed(ScanArea.Offsets));
    }

    [Fact]
    public async Task Cancellation_of_the_scan_is_passed_on()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        var context = new ScanContext("cloud", Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, null);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            context.RunPhaseAsync(ScanArea.Metadata, () => Task.FromCanceled<int>(cancel.Token), r => r, 0, cancel.Token));
        Assert.Empty(context.Problems);
    }
}
