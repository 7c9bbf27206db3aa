using Governance.Collector.Lag;
using Governance.Collector.Tests.Lineage;
using Governance.Model.Platform;
using Governance.Simulator.Scenario;

namespace Governance.Collector.Tests.Lag;

/// <summary>
/// A one-cluster simulated platform driven through the simulator's control surface, scanned once a
/// minute into a <see cref="LagTracker"/>: the same moves the integration tests make against the
/// running simulator, without sockets.
/// </summary>
internal sealed class LagPlatform
{
    public const string Cluster = "cloud";
    public const string Topic = "orders.v1";
    public const string Group = "billing";

    private DateTimeOffset _clock = ScenarioSnapshots.DefaultScanTime;

    /// <param name="committed">Committed offset of the group on each partition.</param>
    /// <param name="logEnd">Log end offset of each partition.</param>
    /// <param name="members">Whether the group has a member (Stable) or none (Empty).</param>
    /// <param name="partitions">Partitions of the topic.</param>
    /// <param name="windowSize">The tracker's window.</param>
    public LagPlatform(long committed, long logEnd, bool members = true, int partitions = 1, int windowSize = LagOptions.DefaultWindowSize)
    {
        var ids = Enumerable.Range(0, partitions).ToList();
        var scenario = new PlatformScenario
        {
            Name = "lag",
            Clusters =
            [
                new ClusterScenario
                {
                    Id = "lkc-cloud-1",
                    Alias = Cluster,
                    Role = ClusterRole.Cloud,
                    Topics =
                    [
                        new TopicScenario
                        {
                            Name = Topic,
                            Partitions = ids.Select(p => new PartitionScenario { Id = p, LogEndOffset = logEnd }).ToList(),
                        },
                    ],
                    Groups =
                    [
                        new ConsumerGroupScenario
                        {
                            GroupId = Group,
                            State = members ? "Stable" : "Empty",
                            Protocol = members ? "range" : "",
                            Members = members
                                ? [new GroupMemberScenario { MemberId = "billing-1", ClientId = "billing", ClientHost = "/10.0.0.1", Assignment = [new TopicPartitionsScenario { Topic = Topic, Partitions = ids }] }]
                                : [],
                            Offsets = ids.Select(p => new CommittedOffsetScenario { Topic = Topic, Partition = p, Offset = committed }).ToList(),
                        },
                    ],
                },
            ],
        };
        Platform = new SimulatedPlatform(scenario);
        Tracker = new LagTracker(new LagOptions { WindowSize = windowSize });
    }

    public SimulatedPlatform Platform { get; }

    public LagTracker Tracker { get; }

    /// <summary>Scans the cluster one minute after the previous scan and feeds the tracker.</summary>
    public GroupLagReport Scan() => Tracker.Observe(Snapshot());

    /// <summary>The next snapshot without observing it (advances the clock).</summary>
    public ClusterSnapshot Snapshot()
    {
        _clock = _clock.AddMinutes(1);
        return Platform.Read(s => ScenarioSnapshots.From(s, Cluster, _clock));
    }

    /// <summary>Scans and returns the verdict of the group.</summary>
    public LagVerdict ScanVerdict() => Scan().Group(Group)!.Verdict;

    public void Advance(long delta) => Platform.AdvanceGroupOffsets(Cluster, Group, delta);

    public void Grow(long delta) => Platform.GrowLogEnd(Cluster, Topic, delta);

    /// <summary>Sets the committed offset of one partition directly (the control surface caps at the log end).</summary>
    public void Commit(int partition, long offset) => Platform.Mutate(s =>
        s.Cluster(Cluster).Group(Group)!.Offsets.Single(o => o.Partition == partition).Offset = offset);

    /// <summary>The group loses its members (all consumers shut down).</summary>
    public void StopConsumers() => Platform.Mutate(s =>
    {
        var group = s.Cluster(Cluster).Group(Group)!;
        group.Members.Clear();
        group.State = "Empty";
        group.Protocol = "";
    });
}
