using Governance.Collector.Emission;
using Governance.Collector.Lag;
using Governance.Collector.Lineage;
using Governance.Collector.Outbox;
using Governance.Collector.Scanning;
using Microsoft.Extensions.Options;

namespace Governance.Collector.Pipeline;

/// <summary>
/// One scan, end to end: inspect every cluster, infer lineage, update lag verdicts, decide what
/// changed, and put the events durably in the outbox (the delivery service sends them). The
/// emission state is saved only after the events are in the outbox, so a crash in between re-emits
/// rather than forgets.
/// </summary>
public sealed partial class CollectorPipeline(
    PlatformScanner scanner,
    LagTracker lag,
    IOutbox outbox,
    IOptions<EmissionOptions> emission,
    IOptions<LineageOptions> lineage,
    EmissionPlanner planner,
    TimeProvider clock,
    ILogger<CollectorPipeline> logger)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private EmissionState? _state;

    public async Task<ScanSummary> RunOnceAsync(IProgress<ScanProgress>? progress, CancellationToken ct)
    {
        await _oneAtATime.WaitAsync(ct);
        try
        {
            var started = clock.GetUtcNow();
            var snapshots = await scanner.ScanAsync(ct, progress);
            var inferred = LineageInference.Infer(snapshots, lineage.Value);
            var lagReports = snapshots.Select(lag.Observe).ToList();

            _state ??= EmissionState.Load(emission.Value.StateFile);
            var plan = planner.Plan(_state, new ScanResult(snapshots, inferred, lagReports), started);
            if (plan.Events.Count > 0)
            {
                await outbox.EnqueueAsync(plan.Events, ct);
            }

            _state.Save(emission.Value.StateFile);
            var summary = new ScanSummary(started, clock.GetUtcNow() - started, snapshots.Select(ClusterSummary.From).ToList(), inferred.Jobs.Count, plan, inferred);
            Log(summary);
            return summary;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private void Log(ScanSummary summary)
    {
        LogScanned(logger, summary.Clusters.Count, summary.Jobs, summary.Plan.Events.Count, summary.Plan.Unchanged, summary.Plan.Dropped, summary.Elapsed.TotalSeconds);
        foreach (var problem in summary.Clusters.SelectMany(c => c.Problems.Select(p => (c.Alias, p))).Concat(summary.Plan.Problems.Select(p => ("", p))))
        {
            LogProblem(logger, problem.Item1, problem.Item2.Area, problem.Item2.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Scanned {Clusters} cluster(s), {Jobs} job(s): {Events} event(s) queued, {Unchanged} unchanged, {Dropped} dropped, in {Seconds:0.0} s")]
    private static partial void LogScanned(ILogger logger, int clusters, int jobs, int events, int unchanged, int dropped, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Partial scan of '{Cluster}' ({Area}): {Message}")]
    private static partial void LogProblem(ILogger logger, string cluster, Model.Platform.ScanArea area, string message);
}
