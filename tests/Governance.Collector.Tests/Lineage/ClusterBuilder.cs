using Governance.Collector.Identity;
using Governance.Collector.Lineage;
using Governance.Model.Platform;

namespace Governance.Collector.Tests.Lineage;

/// <summary>Hand-built snapshots for the focused rule tests: only what each test needs.</summary>
internal sealed class ClusterBuilder(string alias, string? clusterId = null)
{
    private readonly List<TopicInfo> _topics = [];
    private readonly List<ConsumerGroupInfo> _groups = [];
    private readonly List<AclBindingInfo> _acls = [];
    private readonly List<ConnectorInfo> _connectors = [];
    private readonly List<ScanProblem> _problems = [];
    private bool _aclsVisible = true;

    public string Alias => alias;

    public string Namespace => ClusterNamespaces.For(clusterId ?? $"id-{alias}");

    public DatasetRef Dataset(string topic) => new(Namespace, topic);

    public ClusterBuilder Topics(params string[] names)
    {
        foreach (var name in names)
        {
            Topic(name);
        }

        return this;
    }

    public ClusterBuilder Topic(string name, int partitions = 3, bool isInternal = false, IReadOnlyList<SampledRecord>? samples = null)
    {
        _topics.Add(new TopicInfo
        {
            Name = name,
            IsInternal = isInternal,
            ReplicationFactor = 1,
            Partitions = Enumerable.Range(0, partitions).Select(p => new PartitionInfo(p, 1, [1], [1], 0, 100)).ToList(),
            Samples = samples ?? [],
        });
        return this;
    }

    /// <summary>A group committing on every partition of the given topics, with one member assigned them.</summary>
    public ClusterBuilder Group(string id, string[] commits, string[]? assigned = null, string protocol = "range", bool members = true, string protocolType = "consumer")
    {
        _groups.Add(new ConsumerGroupInfo
        {
            GroupId = id,
            State = members ? "Stable" : "Empty",
            ProtocolType = protocolType,
            Protocol = members ? protocol : "",
            Members = members
                ? [new GroupMemberInfo($"{id}-1", id, "/10.0.0.1", (assigned ?? commits).Select(t => new TopicPartitionRef(t, 0)).ToList())]
                : [],
            Offsets = commits.Select(t => new CommittedOffset(t, 0, 42)).ToList(),
        });
        return this;
    }

    public ClusterBuilder Group(ConsumerGroupInfo group)
    {
        _groups.Add(group);
        return this;
    }

    public ClusterBuilder Acl(string principal, string operation, string topic, string pattern = "Literal", string permission = "Allow", string type = "Topic")
    {
        _acls.Add(new AclBindingInfo(type, topic, pattern, principal, "*", operation, permission));
        return this;
    }

    public ClusterBuilder NoAclPermission()
    {
        _aclsVisible = false;
        return this;
    }

    public ClusterBuilder Connector(string name, string type, string connectorClass, Dictionary<string, string> config, params string[] topics)
    {
        _connectors.Add(new ConnectorInfo(name, type, connectorClass, config, topics, "RUNNING", ["RUNNING"]));
        return this;
    }

    public ClusterBuilder Failed(ScanArea area)
    {
        _problems.Add(new ScanProblem(area, "simulated failure"));
        return this;
    }

    public ClusterSnapshot Build() => new()
    {
        Identity = new ClusterIdentity(alias, clusterId ?? $"id-{alias}", [$"kafka-{alias}:9092"]),
        ScannedAt = ScenarioSnapshots.DefaultScanTime,
        Topics = _topics,
        Groups = _groups,
        Acls = _aclsVisible ? _acls : null,
        Connect = _connectors.Count > 0 || _problems.Any(p => p.Area == ScanArea.Connect)
            ? new ConnectSnapshot { Url = $"http://connect-{alias}:8083", Connectors = _problems.Any(p => p.Area == ScanArea.Connect) ? [] : _connectors }
            : null,
        Completeness = new ScanCompleteness(_problems),
    };

    public static SampledRecord Record(long offset, params (string Key, string Value)[] headers) =>
        new(0, offset, ScenarioSnapshots.DefaultScanTime, null, null, headers.ToDictionary(h => h.Key, h => h.Value));
}

/// <summary>Shortcuts for asserting on inference results.</summary>
internal static class LineageAssertions
{
    public static PlatformLineage Infer(params ClusterBuilder[] clusters) => Infer(new LineageOptions(), clusters);

    public static PlatformLineage Infer(LineageOptions options, params ClusterBuilder[] clusters) =>
        LineageInference.Infer(clusters.Select(c => c.Build()).ToList(), options);

    public static InferredJob Job(this PlatformLineage lineage, ClusterBuilder cluster, string name) =>
        lineage.Job(cluster.Namespace, name) ?? throw new Xunit.Sdk.XunitException(
            $"No job {name} on {cluster.Alias}; jobs: {string.Join(", ", lineage.Jobs.Select(j => $"{j.Namespace}/{j.Name}"))}");

    public static IEnumerable<string> InputNames(this InferredJob job) => job.Inputs.Select(e => e.Dataset.Name);

    public static IEnumerable<string> OutputNames(this InferredJob job) => job.Outputs.Select(e => e.Dataset.Name);

    public static InferredEdge Input(this InferredJob job, string name) => job.Inputs.Single(e => e.Dataset.Name == name);

    public static InferredEdge Output(this InferredJob job, string name) => job.Outputs.Single(e => e.Dataset.Name == name);

    public static IEnumerable<EvidenceKind> Kinds(this InferredEdge edge) => edge.Evidence.Select(e => e.Kind);
}
