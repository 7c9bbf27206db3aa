using System.Globalization;
using Governance.Collector.Identity;
using Governance.Model.Platform;

namespace Governance.Collector.Lag;

/// <summary>
/// Follows consumer-group lag across scans and gives Burrow-style verdicts (see <see cref="LagVerdict"/>
/// and the rules on <c>PartitionEvaluator</c>). Keeps, per cluster, group and partition, the last
/// <see cref="LagOptions.WindowSize"/> observations; one instance serves every cluster. Thread-safe:
/// scans of different clusters may report concurrently.
/// </summary>
public sealed class LagTracker
{
    /// <summary>
    /// Areas without which a scan is no observation: a missing high watermark or committed offset is
    /// not a lag of zero, and a missing group is not a deleted one.
    /// </summary>
    private static readonly ScanArea[] RequiredAreas = [ScanArea.Metadata, ScanArea.Offsets, ScanArea.ConsumerGroups];

    private readonly Lock _sync = new();
    private readonly Dictionary<PartitionKey, ObservationWindow> _windows = [];
    private readonly Dictionary<string, GroupLagReport> _lastReports = new(StringComparer.Ordinal);

    /// <summary>Creates a tracker with the given options (defaults: a window of 10 scans).</summary>
    public LagTracker(LagOptions? options = null)
    {
        Options = options ?? new LagOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.WindowSize, 1, nameof(options));
    }

    /// <summary>The tracker's settings.</summary>
    public LagOptions Options { get; }

    /// <summary>
    /// Records a scan and returns every group's lag and verdict. A partial scan (metadata, offsets or
    /// groups failed) or a scan not newer than the last recorded one is not recorded: the report then
    /// repeats the last verdicts with <see cref="GroupLagReport.Recorded"/> false.
    /// </summary>
    public GroupLagReport Observe(ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var ns = ClusterNamespaces.For(snapshot.Identity);
        lock (_sync)
        {
            var last = _lastReports.GetValueOrDefault(ns);
            var skip = WhyNotRecordable(snapshot, last);
            if (skip is not null)
            {
                return new GroupLagReport(snapshot.Identity.Alias, ns, snapshot.ScannedAt, Recorded: false, last?.Groups ?? [], skip);
            }

            var logEnds = LogEnds(snapshot);
            var seen = new HashSet<PartitionKey>();
            var groups = snapshot.Groups
                .OrderBy(g => g.GroupId, StringComparer.Ordinal)
                .Select(g => ObserveGroup(ns, g, snapshot.ScannedAt, logEnds, seen))
                .ToList();

            // Groups and partitions the complete scan no longer shows are gone; their history with them.
            foreach (var stale in _windows.Keys.Where(k => k.Namespace == ns && !seen.Contains(k)).ToList())
            {
                _windows.Remove(stale);
            }

            var report = new GroupLagReport(snapshot.Identity.Alias, ns, snapshot.ScannedAt, Recorded: true, groups);
            _lastReports[ns] = report;
            return report;
        }
    }

    private static string? WhyNotRecordable(ClusterSnapshot snapshot, GroupLagReport? last)
    {
        var problem = snapshot.Completeness.Problems.FirstOrDefault(p => RequiredAreas.Contains(p.Area));
        if (problem is not null)
        {
            return $"partial scan: {problem.Area} failed ({problem.Message})";
        }

        // A replayed or out-of-order scan would make offsets look like they went back (a false REWIND).
        return last is not null && snapshot.ScannedAt <= last.ScannedAt
            ? string.Create(CultureInfo.InvariantCulture, $"scan of {snapshot.ScannedAt:O} is not newer than the last recorded one ({last.ScannedAt:O})")
            : null;
    }

    /// <summary>High watermark per topic and partition (null when unreadable).</summary>
    private static Dictionary<string, Dictionary<int, long?>> LogEnds(ClusterSnapshot snapshot) =>
        snapshot.Topics
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .ToDictionary(
                t => t.Key,
                t => t.SelectMany(x => x.Partitions).GroupBy(p => p.Id).ToDictionary(p => p.Key, p => p.First().HighWatermark),
                StringComparer.Ordinal);

    private GroupLag ObserveGroup(
        string ns,
        ConsumerGroupInfo group,
        DateTimeOffset scannedAt,
        Dictionary<string, Dictionary<int, long?>> logEnds,
        HashSet<PartitionKey> seen)
    {
        var active = IsActive(group);
        var partitions = group.Offsets
            .Where(o => o.Offset >= 0) // -1 is Kafka's "no committed offset", not a position.
            .GroupBy(o => (o.Topic, o.Partition))
            .Select(o => o.Last())
            .OrderBy(o => o.Topic, StringComparer.Ordinal)
            .ThenBy(o => o.Partition)
            .Select(o =>
            {
                var key = new PartitionKey(ns, group.GroupId, o.Topic, o.Partition);
                seen.Add(key);
                return ObservePartition(key, o.Offset, scannedAt, logEnds, active);
            })
            .ToList();

        return new GroupLag(
            group.GroupId,
            group.State,
            group.Members.Count,
            partitions.Select(p => p.Verdict).DefaultIfEmpty(LagVerdict.Ok).Max(),
            partitions.Sum(p => p.Lag ?? 0),
            partitions);
    }

    private PartitionLag ObservePartition(
        PartitionKey key,
        long committed,
        DateTimeOffset scannedAt,
        Dictionary<string, Dictionary<int, long?>> logEnds,
        bool groupActive)
    {
        var window = _windows.GetValueOrDefault(key);
        PartitionLag Result(long? logEnd, long? lag, LagVerdict verdict, string reason) =>
            new(key.Topic, key.Partition, committed, logEnd, lag, verdict, window?.Items.Count ?? 0, reason);

        // ERR conditions describe the current scan alone, so they are decided even on a first observation,
        // and they are not lag measurements: they stay out of the window.
        if (!logEnds.TryGetValue(key.Topic, out var partitions))
        {
            return Result(null, null, LagVerdict.Err, $"topic {key.Topic} does not exist");
        }

        if (!partitions.TryGetValue(key.Partition, out var logEnd))
        {
            return Result(null, null, LagVerdict.Err, string.Create(CultureInfo.InvariantCulture, $"partition {key.Partition} of {key.Topic} does not exist"));
        }

        if (logEnd is null)
        {
            // The watermark of this one partition could not be read: keep the previous verdict rather than guess.
            var previous = window is null ? (LagVerdict.Ok, "log end unknown") : PartitionEvaluator.Evaluate(window.Items, groupActive);
            return Result(null, null, previous.Item1, previous.Item2 + " (log end unknown in this scan)");
        }

        if (committed > logEnd)
        {
            return Result(logEnd, 0, LagVerdict.Err, string.Create(CultureInfo.InvariantCulture, $"committed offset {committed} is beyond the log end {logEnd}"));
        }

        if (window is null)
        {
            window = new ObservationWindow(Options.WindowSize);
            _windows[key] = window;
        }

        var observation = new LagObservation(scannedAt, committed, logEnd.Value);
        window.Add(observation);
        var (verdict, reason) = PartitionEvaluator.Evaluate(window.Items, groupActive);
        return Result(logEnd, observation.Lag, verdict, reason);
    }

    /// <summary>
    /// Whether the group has consumers. Members are the evidence; the state covers a describe that
    /// listed no members for a group the coordinator still considers live.
    /// </summary>
    private static bool IsActive(ConsumerGroupInfo group) =>
        group.Members.Count > 0
        || group.State is "Stable" or "PreparingRebalance" or "CompletingRebalance" or "Assigning" or "Reconciling";

    private readonly record struct PartitionKey(string Namespace, string GroupId, string Topic, int Partition);
}
