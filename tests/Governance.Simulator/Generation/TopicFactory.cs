using System.Globalization;
using Governance.Simulator.Generation.Schemas;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Generation;

/// <summary>How a topic is set up and how busy it is.</summary>
internal sealed record TopicSpec
{
    public int Partitions { get; init; } = 6;

    /// <summary>Records per day over all partitions; 0 for a topic that never received data.</summary>
    public double EventsPerDay { get; init; } = 50_000;

    /// <summary>Retention in days for <c>delete</c> topics; null keeps data forever (<c>retention.ms=-1</c>).</summary>
    public double? RetentionDays { get; init; } = 7;

    public bool Compacted { get; init; }
    public TopicRole Role { get; init; } = TopicRole.Data;
    public string Domain { get; init; } = "platform";
    public string Owner { get; init; } = "team-platform";
    public bool Internal { get; init; }
    public KeyKind Key { get; init; } = KeyKind.Text;
    public RecordSpec? PlainJson { get; init; }
    public TopicPlan? MirrorOf { get; init; }

    /// <summary>Extra topic configs (override the derived ones).</summary>
    public IReadOnlyDictionary<string, string>? Configs { get; init; }
}

/// <summary>Creates topics: replica placement over the cluster's brokers, configs and log offsets.</summary>
internal static class TopicFactory
{
    private const long DayMs = 86_400_000;

    public static TopicPlan Create(GenerationContext ctx, ClusterScenario cluster, string name, TopicSpec spec)
    {
        var replication = (short)Math.Min(cluster.Brokers, 3);
        var topic = new TopicScenario
        {
            Name = name,
            Internal = spec.Internal,
            ReplicationFactor = replication,
            TopicId = ctx.NextGuid(),
            Configs = Configs(cluster, spec),
        };

        // Spread leaders over the brokers, starting at a different broker per topic as Kafka does.
        var first = ctx.Random.Next(cluster.Brokers);
        var perPartitionPerDay = spec.EventsPerDay / spec.Partitions;
        var ageDays = 20 + ctx.Random.Next(700);
        for (var p = 0; p < spec.Partitions; p++)
        {
            var leader = (first + p) % cluster.Brokers + 1;
            var replicas = Enumerable.Range(0, replication).Select(i => (leader - 1 + i) % cluster.Brokers + 1).ToList();
            var skew = 0.8 + ctx.Random.NextDouble() * 0.4;
            var end = (long)(perPartitionPerDay * ageDays * skew);
            var start = spec.Compacted || spec.RetentionDays is null
                ? 0
                : Math.Max(0, end - (long)(perPartitionPerDay * spec.RetentionDays.Value * skew));
            topic.Partitions.Add(new PartitionScenario
            {
                Id = p,
                Leader = leader,
                Replicas = replicas,
                Isr = [.. replicas],
                LogStartOffset = start,
                LogEndOffset = end,
            });
        }

        var plan = new TopicPlan
        {
            Cluster = cluster,
            Topic = topic,
            Role = spec.Role,
            Domain = spec.Domain,
            Owner = spec.Owner,
            EventsPerDay = spec.EventsPerDay,
            Key = spec.Key,
            PlainJson = spec.PlainJson,
            MirrorOf = spec.MirrorOf,
        };
        ctx.Register(plan);
        return plan;
    }

    private static Dictionary<string, string> Configs(ClusterScenario cluster, TopicSpec spec)
    {
        var configs = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["cleanup.policy"] = spec.Compacted ? "compact" : "delete",
        };
        if (!spec.Compacted)
        {
            configs["retention.ms"] = spec.RetentionDays is { } days ? ((long)(days * DayMs)).ToString(CultureInfo.InvariantCulture) : "-1";
        }
        else
        {
            configs["min.compaction.lag.ms"] = "3600000";
            configs["segment.ms"] = "86400000";
        }

        configs["min.insync.replicas"] = cluster.Brokers >= 3 ? "2" : "1";
        if (spec.EventsPerDay >= 1_000_000) configs["compression.type"] = "zstd";
        if (spec.Role == TopicRole.DeadLetter) configs["max.message.bytes"] = "8388608";
        if (spec.Configs is not null)
        {
            foreach (var (key, value) in spec.Configs) configs[key] = value;
        }

        return configs;
    }
}
