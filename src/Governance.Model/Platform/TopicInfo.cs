namespace Governance.Model.Platform;

/// <summary>A topic with its partitions, configuration and a few sampled records.</summary>
public sealed record TopicInfo
{
    /// <summary>Topic name.</summary>
    public required string Name { get; init; }

    /// <summary>True for Kafka-internal topics such as <c>__consumer_offsets</c>.</summary>
    public bool IsInternal { get; init; }

    /// <summary>Replicas per partition.</summary>
    public int ReplicationFactor { get; init; }

    /// <summary>Partitions with leaders and watermarks.</summary>
    public IReadOnlyList<PartitionInfo> Partitions { get; init; } = [];

    /// <summary>Configuration entries that are not broker defaults; null when configs could not be read.</summary>
    public IReadOnlyDictionary<string, string>? Configs { get; init; }

    /// <summary>Records sampled from the topic.</summary>
    public IReadOnlyList<SampledRecord> Samples { get; init; } = [];
}

/// <summary>A partition's placement and offsets (watermarks are null when they could not be read).</summary>
public sealed record PartitionInfo(int Id, int Leader, IReadOnlyList<int> Replicas, IReadOnlyList<int> InSyncReplicas, long? LowWatermark, long? HighWatermark);

/// <summary>
/// What the collector keeps of a sampled record: where it was, when, the Confluent schema ids of key
/// and value (from the wire-format prefix), and its headers (values as UTF-8 text). No payload is kept.
/// </summary>
public sealed record SampledRecord(
    int Partition,
    long Offset,
    DateTimeOffset Timestamp,
    int? KeySchemaId,
    int? ValueSchemaId,
    IReadOnlyDictionary<string, string> Headers);
