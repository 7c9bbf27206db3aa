using Governance.Simulator.Generation.Values;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Generation.Catalog;

/// <summary>The Kafka clusters: one cloud cluster (3 brokers, registry, Connect) and one single-broker cluster per store.</summary>
internal static class Clusters
{
    public static ClusterScenario Cloud(GenerationContext ctx, ConnectApps connect)
    {
        var cluster = new ClusterScenario
        {
            // Confluent Cloud style logical cluster id.
            Id = $"lkc-cloud-{Pools.Token(ctx.Random, 5).ToLowerInvariant()}",
            Alias = "cloud",
            Role = ClusterRole.Cloud,
            Brokers = 3,
            ControllerId = 1 + ctx.Random.Next(3),
            SchemaRegistry = new SchemaRegistryScenario { Compatibility = "BACKWARD", Mode = "READWRITE" },
        };
        cluster.Connect = new ConnectClusterScenario { Version = "3.9.0", KafkaClusterId = cluster.Id };
        ctx.Scenario.Clusters.Add(cluster);
        ctx.Cloud = cluster;
        Internals(ctx, cluster, connect);
        // The registry keeps its schemas in a compacted topic of the cloud cluster.
        connect.Infrastructure(cluster, "_schemas", 1, compacted: true);
        return cluster;
    }

    public static ClusterScenario Store(GenerationContext ctx, int number, ConnectApps connect)
    {
        var cluster = new ClusterScenario
        {
            // Self-managed Kafka: a random base64url cluster id, as kafka-storage format writes it.
            Id = KafkaClusterId(ctx),
            Alias = $"store-{number:D4}",
            Role = ClusterRole.Edge,
            Brokers = 1,
            ControllerId = 1,
        };
        cluster.Connect = new ConnectClusterScenario { Version = "3.7.1", KafkaClusterId = cluster.Id };
        ctx.Scenario.Clusters.Add(cluster);
        ctx.Stores.Add(cluster);
        Internals(ctx, cluster, connect);
        return cluster;
    }

    private static void Internals(GenerationContext ctx, ClusterScenario cluster, ConnectApps connect)
    {
        TopicFactory.Create(ctx, cluster, "__consumer_offsets", new TopicSpec
        {
            Partitions = 50,
            EventsPerDay = 200_000,
            Compacted = true,
            Internal = true,
            Role = TopicRole.Infrastructure,
            Key = KeyKind.None,
            Configs = new Dictionary<string, string> { ["compression.type"] = "producer" },
        });
        // Distributed Connect workers keep configs, offsets and status in compacted topics.
        connect.Infrastructure(cluster, "connect-configs", 1, compacted: true);
        connect.Infrastructure(cluster, "connect-offsets", 25, compacted: true);
        connect.Infrastructure(cluster, "connect-status", 5, compacted: true);
    }

    private static string KafkaClusterId(GenerationContext ctx)
    {
        Span<byte> bytes = stackalloc byte[16];
        ctx.Random.NextBytes(bytes);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
