namespace Governance.Collector.Kafka;

/// <summary>
/// Timeouts, batch sizes and retries of the Kafka admin calls (the same for every cluster).
/// Configuration section <c>Scan:Kafka</c>.
/// </summary>
public sealed class KafkaInspectionOptions
{
    /// <summary>Timeout of one admin request (DescribeConfigs, ListOffsets, ...), passed as its <c>RequestTimeout</c>.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of the full metadata request.</summary>
    public TimeSpan MetadataTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per call (or per failed item of a batched call) on retriable errors (transport, timeouts, leader or coordinator moves).</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Wait before the first retry; doubles with each further attempt.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Topics per DescribeTopics call (one Metadata request each).</summary>
    public int DescribeTopicsBatchSize { get; set; } = 1_000;

    /// <summary>Topics per DescribeConfigs call (one DescribeConfigs request each).</summary>
    public int DescribeConfigsBatchSize { get; set; } = 500;

    /// <summary>Partitions per ListOffsets call (librdkafka sends one request per partition leader).</summary>
    public int ListOffsetsBatchSize { get; set; } = 10_000;

    /// <summary>Groups per DescribeConsumerGroups call (only for groups whose classic description failed).</summary>
    public int DescribeGroupsBatchSize { get; set; } = 200;

    /// <summary>Chunks of one batched operation (DescribeTopics, DescribeConfigs, ListOffsets, DescribeConsumerGroups) in flight at once.</summary>
    public int MaxConcurrentBatches { get; set; } = 4;

    /// <summary>
    /// ListConsumerGroupOffsets calls in flight at once (librdkafka accepts exactly one group per call,
    /// so committed offsets cost one OffsetFetch request per group).
    /// </summary>
    public int OffsetFetchConcurrency { get; set; } = 16;

    /// <summary><c>client.id</c> of the collector's clients unless the cluster's settings name one.</summary>
    public string ClientId { get; set; } = "governance-collector";

    /// <summary>Every problem of these options (empty when usable).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (RequestTimeout <= TimeSpan.Zero) errors.Add("Kafka RequestTimeout must be positive");
        if (MetadataTimeout <= TimeSpan.Zero) errors.Add("Kafka MetadataTimeout must be positive");
        if (MaxAttempts < 1) errors.Add("Kafka MaxAttempts must be at least 1");
        if (RetryBackoff < TimeSpan.Zero) errors.Add("Kafka RetryBackoff must not be negative");
        if (DescribeTopicsBatchSize < 1) errors.Add("Kafka DescribeTopicsBatchSize must be at least 1");
        if (DescribeConfigsBatchSize < 1) errors.Add("Kafka DescribeConfigsBatchSize must be at least 1");
        if (ListOffsetsBatchSize < 1) errors.Add("Kafka ListOffsetsBatchSize must be at least 1");
        if (DescribeGroupsBatchSize < 1) errors.Add("Kafka DescribeGroupsBatchSize must be at least 1");
        if (MaxConcurrentBatches < 1) errors.Add("Kafka MaxConcurrentBatches must be at least 1");
        if (OffsetFetchConcurrency < 1) errors.Add("Kafka OffsetFetchConcurrency must be at least 1");
        if (string.IsNullOrWhiteSpace(ClientId)) errors.Add("Kafka ClientId is required");
        return errors;
    }
}
