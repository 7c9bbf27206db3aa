using Governance.Simulator.Scenario;

namespace Governance.Simulator.Kafka.Cluster;

/// <summary>Kafka's <c>ConfigSource</c> codes (DescribeConfigs v1+).</summary>
internal static class ConfigSource
{
    public const sbyte DynamicTopicConfig = 1;
    public const sbyte DynamicBrokerConfig = 2;
    public const sbyte DynamicDefaultBrokerConfig = 3;
    public const sbyte StaticBrokerConfig = 4;
    public const sbyte DefaultConfig = 5;
}

/// <summary>Kafka's <c>ConfigType</c> codes (DescribeConfigs v3+).</summary>
internal static class ConfigType
{
    public const sbyte Unknown = 0;
    public const sbyte Boolean = 1;
    public const sbyte String = 2;
    public const sbyte Int = 3;
    public const sbyte Short = 4;
    public const sbyte Long = 5;
    public const sbyte Double = 6;
    public const sbyte List = 7;
    public const sbyte Class = 8;
    public const sbyte Password = 9;
}

/// <summary>One synonym of a config (a broker-level config a topic config falls back to).</summary>
internal sealed record ConfigSynonym(string Name, string? Value, sbyte Source);

/// <summary>One described config.</summary>
internal sealed record ConfigEntry(
    string Name,
    string? Value,
    sbyte Source,
    sbyte Type,
    bool ReadOnly = false,
    bool Sensitive = false,
    IReadOnlyList<ConfigSynonym>? Synonyms = null)
{
    public bool IsDefault => Source == ConfigSource.DefaultConfig;
}

/// <summary>
/// The configs DescribeConfigs and CreateTopics report. Topic configs: the scenario's values as
/// DYNAMIC_TOPIC_CONFIG over Kafka's defaults (DEFAULT_CONFIG), each with the broker config it falls
/// back to as synonym. Broker configs: a realistic handful, including one sensitive config (value
/// hidden, as brokers do) so clients see that case.
/// </summary>
internal static class ConfigCatalog
{
    private sealed record TopicDefault(string Name, string Value, sbyte Type, string BrokerSynonym);

    // Kafka 3.x/4.0 topic-level configs with their defaults and the broker config each inherits from.
    private static readonly TopicDefault[] TopicDefaults =
    [
        new("cleanup.policy", "delete", ConfigType.List, "log.cleanup.policy"),
        new("compression.type", "producer", ConfigType.String, "compression.type"),
        new("delete.retention.ms", "86400000", ConfigType.Long, "log.cleaner.delete.retention.ms"),
        new("file.delete.delay.ms", "60000", ConfigType.Long, "log.segment.delete.delay.ms"),
        new("flush.messages", "9223372036854775807", ConfigType.Long, "log.flush.interval.messages"),
        new("flush.ms", "9223372036854775807", ConfigType.Long, "log.flush.interval.ms"),
        new("index.interval.bytes", "4096", ConfigType.Int, "log.index.interval.bytes"),
        new("local.retention.bytes", "-2", ConfigType.Long, "log.local.retention.bytes"),
        new("local.retention.ms", "-2", ConfigType.Long, "log.local.retention.ms"),
        new("max.compaction.lag.ms", "9223372036854775807", ConfigType.Long, "log.cleaner.max.compaction.lag.ms"),
        new("max.message.bytes", "1048588", ConfigType.Int, "message.max.bytes"),
        new("message.timestamp.after.max.ms", "9223372036854775807", ConfigType.Long, "log.message.timestamp.after.max.ms"),
        new("message.timestamp.before.max.ms", "9223372036854775807", ConfigType.Long, "log.message.timestamp.before.max.ms"),
        new("message.timestamp.type", "CreateTime", ConfigType.String, "log.message.timestamp.type"),
        new("min.cleanable.dirty.ratio", "0.5", ConfigType.Double, "log.cleaner.min.cleanable.ratio"),
        new("min.compaction.lag.ms", "0", ConfigType.Long, "log.cleaner.min.compaction.lag.ms"),
        new("min.insync.replicas", "1", ConfigType.Int, "min.insync.replicas"),
        new("preallocate", "false", ConfigType.Boolean, "log.preallocate"),
        new("remote.storage.enable", "false", ConfigType.Boolean, "remote.log.storage.system.enable"),
        new("retention.bytes", "-1", ConfigType.Long, "log.retention.bytes"),
        new("retention.ms", "604800000", ConfigType.Long, "log.retention.ms"),
        new("segment.bytes", "1073741824", ConfigType.Int, "log.segment.bytes"),
        new("segment.index.bytes", "10485760", ConfigType.Int, "log.index.size.max.bytes"),
        new("segment.jitter.ms", "0", ConfigType.Long, "log.roll.jitter.ms"),
        new("segment.ms", "604800000", ConfigType.Long, "log.roll.ms"),
        new("unclean.leader.election.enable", "false", ConfigType.Boolean, "unclean.leader.election.enable"),
    ];

    private static readonly Dictionary<string, TopicDefault> TopicDefaultsByName =
        TopicDefaults.ToDictionary(d => d.Name, StringComparer.Ordinal);

    /// <summary>Kafka's <c>num.partitions</c> default, used when CreateTopics asks for -1 partitions.</summary>
    public const int DefaultPartitions = 1;

    /// <summary>The <c>default.replication.factor</c> we report: 3 where there are 3 brokers, else all of them.</summary>
    public static short DefaultReplicationFactor(int brokers) => (short)Math.Min(3, brokers);

    public static bool IsTopicConfig(string name) => TopicDefaultsByName.ContainsKey(name);

    /// <summary>All configs of a topic, scenario overrides first-class, in Kafka's (alphabetical) order.</summary>
    public static List<ConfigEntry> TopicConfigs(TopicScenario topic, bool includeSynonyms)
    {
        var entries = new List<ConfigEntry>(TopicDefaults.Length + topic.Configs.Count);
        foreach (var d in TopicDefaults)
        {
            var brokerSynonym = new ConfigSynonym(d.BrokerSynonym, d.Value, ConfigSource.DefaultConfig);
            if (topic.Configs.TryGetValue(d.Name, out var value))
            {
                entries.Add(new ConfigEntry(d.Name, value, ConfigSource.DynamicTopicConfig, d.Type,
                    Synonyms: includeSynonyms ? [new(d.Name, value, ConfigSource.DynamicTopicConfig), brokerSynonym] : null));
            }
            else
            {
                entries.Add(new ConfigEntry(d.Name, d.Value, ConfigSource.DefaultConfig, d.Type,
                    Synonyms: includeSynonyms ? [brokerSynonym] : null));
            }
        }

        // Scenario configs we have no default for (e.g. confluent.* or future keys) are still reported.
        foreach (var (name, value) in topic.Configs)
        {
            if (!TopicDefaultsByName.ContainsKey(name))
            {
                entries.Add(new ConfigEntry(name, value, ConfigSource.DynamicTopicConfig, ConfigType.String,
                    Synonyms: includeSynonyms ? [new(name, value, ConfigSource.DynamicTopicConfig)] : null));
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return entries;
    }

    /// <summary>A broker's configs (resource name = its node id).</summary>
    public static List<ConfigEntry> BrokerConfigs(BrokerEndpoint broker, int brokers, bool includeSynonyms)
    {
        var listener = $"PLAINTEXT://{broker.Host}:{broker.Port}";
        var replication = DefaultReplicationFactor(brokers).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entries = new List<ConfigEntry>
        {
            Static("advertised.listeners", listener, ConfigType.String),
            Static("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer", ConfigType.Class),
            Static("auto.create.topics.enable", "false", ConfigType.Boolean),
            Static("broker.id", broker.NodeId.ToString(System.Globalization.CultureInfo.InvariantCulture), ConfigType.Int, readOnly: true),
            Default("compression.type", "producer", ConfigType.String),
            Static("default.replication.factor", replication, ConfigType.Int),
            Default("delete.topic.enable", "true", ConfigType.Boolean, readOnly: true),
            Static("listeners", listener, ConfigType.List),
            Default("log.cleanup.policy", "delete", ConfigType.List),
            Static("log.dirs", "/var/lib/kafka/data", ConfigType.String, readOnly: true),
            Default("log.retention.bytes", "-1", ConfigType.Long),
            Default("log.retention.hours", "168", ConfigType.Int, readOnly: true),
            Default("log.retention.ms", null, ConfigType.Long),
            Default("log.segment.bytes", "1073741824", ConfigType.Int),
            Default("message.max.bytes", "1048588", ConfigType.Int),
            Default("min.insync.replicas", "1", ConfigType.Int),
            Default("num.partitions", "1", ConfigType.Int, readOnly: true),
            Default("offsets.topic.num.partitions", "50", ConfigType.Int, readOnly: true),
            Static("offsets.topic.replication.factor", replication, ConfigType.Short, readOnly: true),
            Default("ssl.keystore.password", null, ConfigType.Password, sensitive: true),
            Default("unclean.leader.election.enable", "false", ConfigType.Boolean),
        };

        if (includeSynonyms)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                entries[i] = entries[i] with { Synonyms = [new(entries[i].Name, entries[i].Value, entries[i].Source)] };
            }
        }

        return entries;

        static ConfigEntry Static(string name, string value, sbyte type, bool readOnly = false) =>
            new(name, value, ConfigSource.StaticBrokerConfig, type, readOnly);

        static ConfigEntry Default(string name, string? value, sbyte type, bool readOnly = false, bool sensitive = false) =>
            new(name, value, ConfigSource.DefaultConfig, type, readOnly, sensitive);
    }
}
