namespace Governance.Collector.Lag;

/// <summary>The lag of every consumer group of one cluster after one scan.</summary>
/// <param name="Cluster">The cluster's alias.</param>
/// <param name="Namespace">The cluster's OpenLineage namespace (<c>kafka://{clusterId}</c>).</param>
/// <param name="ScannedAt">When the scan that produced this report started.</param>
/// <param name="Recorded">
/// False when the scan was partial (metadata, offsets or groups missing): it was not recorded as an
/// observation and <paramref name="Groups"/> repeats the verdicts of the last complete scan.
/// </param>
/// <param name="Groups">Every group, ordered by id.</param>
/// <param name="SkippedBecause">Why the scan was not recorded; null when <paramref name="Recorded"/>.</param>
public sealed record GroupLagReport(
    string Cluster,
    string Namespace,
    DateTimeOffset ScannedAt,
    bool Recorded,
    IReadOnlyList<GroupLag> Groups,
    string? SkippedBecause = null)
{
    /// <summary>The group with this id, if any.</summary>
    public GroupLag? Group(string groupId) => Groups.FirstOrDefault(g => g.GroupId == groupId);
}

/// <summary>One group's lag and verdict.</summary>
/// <param name="GroupId">Group id.</param>
/// <param name="State">Coordinator state (Stable, Empty, ...).</param>
/// <param name="Members">Number of members.</param>
/// <param name="Verdict">The worst verdict of its partitions (<see cref="LagVerdict.Ok"/> when it has none).</param>
/// <param name="TotalLag">Sum of the known partition lags.</param>
/// <param name="Partitions">Every partition it has committed on, ordered by topic and partition.</param>
public sealed record GroupLag(
    string GroupId,
    string State,
    int Members,
    LagVerdict Verdict,
    long TotalLag,
    IReadOnlyList<PartitionLag> Partitions)
{
    /// <summary>The partition's lag, if the group committed on it.</summary>
    public PartitionLag? Partition(string topic, int partition) =>
        Partitions.FirstOrDefault(p => p.Topic == topic && p.Partition == partition);
}

/// <summary>One partition of a group.</summary>
/// <param name="Topic">Topic.</param>
/// <param name="Partition">Partition.</param>
/// <param name="CommittedOffset">The group's committed offset.</param>
/// <param name="LogEndOffset">The partition's high watermark; null when the topic or partition does not exist.</param>
/// <param name="Lag"><c>max(0, LogEndOffset − CommittedOffset)</c>; null when the log end is unknown.</param>
/// <param name="Verdict">Burrow's verdict over the window.</param>
/// <param name="Observations">How many scans the verdict is based on (the window, current scan included).</param>
/// <param name="Reason">Why this verdict, in words for the portal.</param>
public sealed record PartitionLag(
    string Topic,
    int Partition,
    long CommittedOffset,
    long? LogEndOffset,
    long? Lag,
    LagVerdict Verdict,
    int Observations,
    string Reason);
