using System.Collections.Concurrent;
using System.Diagnostics;
using Governance.Collector.Kafka;
using Governance.Model.Platform;

namespace Governance.Collector.Scanning;

/// <summary>
/// What the parts of one cluster's scan share: the problem list, phase timings and progress. Every
/// caught exception goes through <see cref="Problem"/>, which logs it and records a
/// <see cref="ScanProblem"/>; nothing is swallowed.
/// </summary>
internal sealed class ScanContext(string cluster, ILogger logger, IProgress<ScanProgress>? progress, TimeProvider? time = null)
{
    private readonly ConcurrentQueue<ScanProblem> _problems = new();
    private readonly ConcurrentDictionary<ScanArea, TimeSpan> _timings = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public string Cluster { get; } = cluster;

    public ILogger Logger { get; } = logger;

    public TimeProvider Time => _time;

    /// <summary>Problems so far, in the order they were found.</summary>
    public IReadOnlyList<ScanProblem> Problems => [.. _problems];

    /// <summary>Time each phase took.</summary>
    public IReadOnlyDictionary<ScanArea, TimeSpan> Timings => _timings;

    public ScanCompleteness Completeness => _problems.IsEmpty ? ScanCompleteness.Complete : new ScanCompleteness(Problems);

    /// <summary>Records a problem and logs it (with the exception, when there is one).</summary>
    public void Problem(ScanArea area, string message, Exception? exception = null)
    {
        _problems.Enqueue(new ScanProblem(area, message));
        CollectorLog.ScanProblem(Logger, exception, Cluster, area, message);
    }

    public bool HasProblems(ScanArea area) => _problems.Any(p => p.Area == area);

    public void Report(ScanProgress step) => progress?.Report(step);

    /// <summary>Marks a phase as not run (reported, not a problem).</summary>
    public void Skip(ScanArea area, string reason)
    {
        CollectorLog.PhaseSkipped(Logger, Cluster, area, reason);
        Report(new ScanProgress(Cluster, area, ScanPhaseState.Skipped, TimeSpan.Zero, 0, reason));
    }

    /// <summary>
    /// Runs a phase: times it, reports start and end, and turns an exception escaping the phase into
    /// a problem of its area (cancellation of the scan itself is passed on). Returns the phase's
    /// result, or <paramref name="fallback"/> when it threw.
    /// </summary>
    public async Task<T> RunPhaseAsync<T>(ScanArea area, Func<Task<T>> phase, Func<T, int> count, T fallback, CancellationToken cancellationToken)
    {
        var problemsBefore = _problems.Count(p => p.Area == area);
        Report(new ScanProgress(Cluster, area, ScanPhaseState.Started, TimeSpan.Zero));
        var clock = Stopwatch.StartNew();
        T result;
        try
        {
            result = await phase().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            Problem(area, $"{area} failed: {Describe(ex)}", ex);
            result = fallback;
        }

        clock.Stop();
        _timings.AddOrUpdate(area, clock.Elapsed, (_, previous) => previous + clock.Elapsed);
        var failed = _problems.Count(p => p.Area == area) > problemsBefore;
        var items = count(result);
        CollectorLog.PhaseDone(Logger, Cluster, area, failed ? "with problems" : "ok", clock.Elapsed.TotalMilliseconds, items);
        Report(new ScanProgress(Cluster, area, failed ? ScanPhaseState.Failed : ScanPhaseState.Completed, clock.Elapsed, items));
        return result;
    }

    /// <summary>An exception as a one-line message for a problem (type and message, URL secrets scrubbed).</summary>
    public static string Describe(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions.Count: 1 } aggregate => Describe(aggregate.InnerExceptions[0]),
        _ => $"{exception.GetType().Name}: {SecretRedaction.RedactUrlSecrets(exception.Message)}",
    };
}
