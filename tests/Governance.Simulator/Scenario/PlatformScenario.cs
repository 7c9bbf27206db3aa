namespace Governance.Simulator.Scenario;

/// <summary>
/// A whole simulated platform: Kafka clusters (one cloud, any number of edge stores), each with its
/// topics, consumer groups, ACLs, and optionally a Schema Registry and a Kafka Connect cluster.
/// Serialisable as JSON (<see cref="ScenarioJson"/>); mutable so the control surface can change a
/// running scenario (always under <see cref="SimulatedPlatform"/>'s lock).
/// </summary>
public sealed class PlatformScenario
{
    public string Name { get; set; } = "scenario";

    /// <summary>The seed the generator used (0 for hand-written scenarios).</summary>
    public int Seed { get; set; }

    public List<ClusterScenario> Clusters { get; set; } = [];

    /// <summary>What really produces and consumes what: the ground truth lineage inference is checked against.</summary>
    public List<ApplicationScenario> Applications { get; set; } = [];

    public ClusterScenario Cluster(string alias) =>
        Clusters.FirstOrDefault(c => c.Alias == alias) ?? throw new KeyNotFoundException($"No cluster '{alias}' in scenario '{Name}'.");
}

/// <summary>Cloud (central) or edge (one per store).</summary>
public enum ClusterRole
{
    Cloud,
    Edge,
}

/// <summary>One Kafka cluster.</summary>
public sealed class ClusterScenario
{
    /// <summary>The cluster id brokers report (Metadata / DescribeCluster), e.g. <c>lkc-cloud-1</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>Short name, e.g. <c>cloud</c> or <c>store-0042</c>; MirrorMaker 2 prefixes replicated topics with it.</summary>
    public string Alias { get; set; } = "";
    public ClusterRole Role { get; set; }

    /// <summary>Number of brokers; node ids are 1..N. Each gets its own listener port.</summary>
    public int Brokers { get; set; } = 1;

    /// <summary>Node id of the controller (1..Brokers).</summary>
    public int ControllerId { get; set; } = 1;

    public List<TopicScenario> Topics { get; set; } = [];
    public List<ConsumerGroupScenario> Groups { get; set; } = [];
    public List<AclScenario> Acls { get; set; } = [];
    public SchemaRegistryScenario? SchemaRegistry { get; set; }
    public ConnectClusterScenario? Connect { get; set; }

    public TopicScenario? Topic(string name) => Topics.FirstOrDefault(t => t.Name == name);

    public ConsumerGroupScenario? Group(string groupId) => Groups.FirstOrDefault(g => g.GroupId == groupId);
}
