using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using Governance.Model.Platform;
using Governance.Simulator.Scenario;

namespace Governance.Collector.Tests.Lineage;

/// <summary>
/// Test-only stand-in for the real inspection: turns a simulated platform into the snapshots a
/// complete scan of it would return. It reads the scenario model directly (no sockets), so lineage
/// and lag logic can be tested against generated scenarios without brokers.
/// </summary>
internal static class ScenarioSnapshots
{
    /// <summary>Default scan instant, far from any generated record timestamp boundary.</summary>
    public static readonly DateTimeOffset DefaultScanTime = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    /// <summary>One complete snapshot per cluster of the scenario.</summary>
    public static IReadOnlyList<ClusterSnapshot> From(PlatformScenario scenario, DateTimeOffset? scannedAt = null) =>
        scenario.Clusters.Select(c => From(c, scannedAt ?? DefaultScanTime)).ToList();

    /// <summary>The snapshot of one cluster of the scenario.</summary>
    public static ClusterSnapshot From(PlatformScenario scenario, string alias, DateTimeOffset scannedAt) =>
        From(scenario.Cluster(alias), scannedAt);

    private static ClusterSnapshot From(ClusterScenario cluster, DateTimeOffset scannedAt) => new()
    {
        Identity = new ClusterIdentity(cluster.Alias, cluster.Id, [$"{cluster.Alias}.simulator:9092"]),
        ScannedAt = scannedAt,
        Brokers = Enumerable.Range(1, cluster.Brokers).Select(id => new BrokerInfo(id, $"{cluster.Alias}.simulator", 9091 + id)).ToList(),
        Topics = cluster.Topics.Select(Topic).ToList(),
        Groups = cluster.Groups.Select(Group).ToList(),
        Acls = cluster.Acls
            .Select(a => new AclBindingInfo(a.ResourceType, a.ResourceName, a.PatternType, a.Principal, a.Host, a.Operation, a.Permission))
            .ToList(),
        SchemaRegistry = cluster.SchemaRegistry is { } registry ? Registry(cluster.Alias, registry) : null,
        Connect = cluster.Connect is { } connect ? Connect(cluster.Alias, connect) : null,
    };

    private static TopicInfo Topic(TopicScenario topic) => new()
    {
        Name = topic.Name,
        IsInternal = topic.Internal,
        ReplicationFactor = topic.ReplicationFactor,
        Configs = topic.Configs,
        Partitions = topic.Partitions
            .Select(p => new PartitionInfo(p.Id, p.Leader, p.Replicas, p.Isr, p.LogStartOffset, p.LogEndOffset))
            .ToList(),
        Samples = topic.Partitions
            .SelectMany(p => p.Records.Select(r => new SampledRecord(
                p.Id,
                r.Offset,
                r.Timestamp,
                SchemaId(r.Key),
                SchemaId(r.Value),
                r.Headers
                    .GroupBy(h => h.Key, StringComparer.Ordinal)
                    .ToDictionary(h => h.Key, h => h.Last().Value is { } v ? Encoding.UTF8.GetString(v) : "", StringComparer.Ordinal))))
            .ToList(),
    };

    private static ConsumerGroupInfo Group(ConsumerGroupScenario group) => new()
    {
        GroupId = group.GroupId,
        State = group.State,
        ProtocolType = group.ProtocolType,
        Protocol = group.Protocol,
        Members = group.Members
            .Select(m => new GroupMemberInfo(
                m.MemberId,
                m.ClientId,
                m.ClientHost,
                m.Assignment.SelectMany(a => a.Partitions.Select(p => new TopicPartitionRef(a.Topic, p))).ToList()))
            .ToList(),
        Offsets = group.Offsets.Select(o => new CommittedOffset(o.Topic, o.Partition, o.Offset)).ToList(),
    };

    private static SchemaRegistrySnapshot Registry(string alias, SchemaRegistryScenario registry) => new()
    {
        Url = $"http://{alias}.simulator:8081",
        GlobalCompatibility = registry.Compatibility,
        Subjects = registry.Subjects
            .Where(s => !s.Deleted)
            .Select(s => new SubjectInfo(
                s.Name,
                s.Compatibility,
                s.Versions.Select(v => new SchemaVersionInfo(
                    v.Version,
                    v.Id,
                    v.SchemaType,
                    v.Schema,
                    v.References.Select(r => new SchemaReferenceInfo(r.Name, r.Subject, r.Version)).ToList(),
                    v.Metadata is null ? null : JsonSerializer.SerializeToElement(v.Metadata),
                    v.RuleSet is null ? null : JsonSerializer.SerializeToElement(v.RuleSet))).ToList()))
            .ToList(),
    };

    private static ConnectSnapshot Connect(string alias, ConnectClusterScenario connect) => new()
    {
        Url = $"http://{alias}.simulator:8083",
        Connectors = connect.Connectors
            .Select(c => new ConnectorInfo(c.Name, c.Type, c.Class, c.Config, c.Topics, c.State, c.Tasks.Select(t => t.State).ToList()))
            .ToList(),
    };

    /// <summary>The schema id of a Confluent wire-format value (magic byte 0, 4-byte big-endian id).</summary>
    private static int? SchemaId(byte[]? value) =>
        value is { Length: >= 5 } && value[0] == 0 ? BinaryPrimitives.ReadInt32BigEndian(value.AsSpan(1, 4)) : null;
}
