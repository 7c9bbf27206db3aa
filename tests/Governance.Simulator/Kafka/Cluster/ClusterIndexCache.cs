using Governance.Simulator.Scenario;

namespace Governance.Simulator.Kafka.Cluster;

/// <summary>
/// Keeps one <see cref="ClusterIndex"/> until the platform changes. <see cref="Invalidate"/> is called
/// from <see cref="SimulatedPlatform.Changed"/>; <see cref="Get"/> runs inside the platform lock and
/// also re-checks the cheap structural facts (same cluster and list objects, same counts), so a change
/// whose event has not been delivered yet still cannot hand out an index over removed topics.
/// </summary>
internal sealed class ClusterIndexCache(string clusterAlias, int brokerCount)
{
    private int _generation;
    private Snapshot? _snapshot;

    public void Invalidate() => Interlocked.Increment(ref _generation);

    /// <summary>Call only inside <see cref="SimulatedPlatform.Read{T}"/> or <see cref="SimulatedPlatform.Mutate"/>.</summary>
    public ClusterIndex Get(PlatformScenario scenario)
    {
        var generation = Volatile.Read(ref _generation);
        var cluster = scenario.Cluster(clusterAlias);
        var snapshot = _snapshot;
        if (snapshot is not null
            && snapshot.Generation == generation
            && ReferenceEquals(snapshot.Index.Cluster, cluster)
            && ReferenceEquals(snapshot.Topics, cluster.Topics)
            && snapshot.TopicCount == cluster.Topics.Count
            && ReferenceEquals(snapshot.Groups, cluster.Groups)
            && snapshot.GroupCount == cluster.Groups.Count)
        {
            return snapshot.Index;
        }

        var index = new ClusterIndex(cluster, brokerCount);
        _snapshot = new Snapshot(generation, index, cluster.Topics, cluster.Topics.Count, cluster.Groups, cluster.Groups.Count);
        return index;
    }

    private sealed record Snapshot(
        int Generation,
        ClusterIndex Index,
        List<TopicScenario> Topics,
        int TopicCount,
        List<ConsumerGroupScenario> Groups,
        int GroupCount);
}
