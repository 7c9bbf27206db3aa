namespace Governance.Simulator.Scenario;

/// <summary>A topic with its configuration, partitions and a few sample records.</summary>
public sealed class TopicScenario
{
    public string Name { get; set; } = "";

    /// <summary>Kafka-internal topics such as <c>__consumer_offsets</c> (reported with <c>is_internal</c>).</summary>
    public bool Internal { get; set; }
    public short ReplicationFactor { get; set; } = 1;

    /// <summary>Topic configs that differ from the broker defaults (DescribeConfigs reports them as dynamic topic configs).</summary>
    public Dictionary<string, string> Configs { get; set; } = [];
    public List<PartitionScenario> Partitions { get; set; } = [];

    /// <summary>Stable topic id (Metadata v10+).</summary>
    public Guid TopicId { get; set; }
}

/// <summary>One partition: its replicas, log offsets and sample records.</summary>
public sealed class PartitionScenario
{
    public int Id { get; set; }
    public int Leader { get; set; } = 1;
    public List<int> Replicas { get; set; } = [1];
    public List<int> Isr { get; set; } = [1];
    public long LogStartOffset { get; set; }
    public long LogEndOffset { get; set; }

    /// <summary>
    /// Records served by Fetch, each at its own offset in [LogStartOffset, LogEndOffset). Offsets
    /// without a sample record are not served (a fetch there returns the next sample, as after compaction).
    /// </summary>
    public List<SampleRecord> Records { get; set; } = [];
}

/// <summary>A record; values of topics with a registered schema use the Confluent wire format (magic 0, 4-byte schema id).</summary>
public sealed class SampleRecord
{
    public long Offset { get; set; }
    public DateTimeOffset Timestamp { get; set; }
    public byte[]? Key { get; set; }
    public byte[]? Value { get; set; }
    public List<SampleHeader> Headers { get; set; } = [];
}

/// <summary>A record header.</summary>
public sealed class SampleHeader
{
    public string Key { get; set; } = "";
    public byte[]? Value { get; set; }
}
