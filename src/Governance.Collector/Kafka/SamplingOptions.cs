namespace Governance.Collector.Kafka;

/// <summary>
/// How many records the sampler reads. It reads the last <see cref="RecordsPerPartition"/> records
/// (from <c>high watermark − N</c>) of up to <see cref="MaxPartitionsPerTopic"/> non-empty partitions
/// of every topic, stopping at <see cref="Budget"/> records per cluster or after <see cref="Timeout"/>.
/// Configuration section <c>Sampling</c>.
/// </summary>
public sealed class SamplingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Sampling";

    /// <summary>False turns sampling off (as does 0 for <see cref="RecordsPerPartition"/>, <see cref="MaxPartitionsPerTopic"/> or <see cref="Budget"/>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>True when sampling is on and its limits allow at least one record.</summary>
    public bool IsActive => Enabled && RecordsPerPartition > 0 && MaxPartitionsPerTopic > 0 && Budget > 0;

    /// <summary>Records read per partition, from the end.</summary>
    public int RecordsPerPartition { get; set; } = 3;

    /// <summary>Partitions sampled per topic (the non-empty ones with the lowest ids).</summary>
    public int MaxPartitionsPerTopic { get; set; } = 3;

    /// <summary>Records sampled per cluster and scan, at most.</summary>
    public int Budget { get; set; } = 20_000;

    /// <summary>Time the sampler may take per cluster and scan.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time without any record or end-of-partition before the partitions being read are given up.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Partitions assigned to the sampling consumer at once.</summary>
    public int MaxAssignedPartitions { get; set; } = 1_000;

    /// <summary>Whether Kafka-internal topics (<c>__consumer_offsets</c>...) are sampled too.</summary>
    public bool IncludeInternalTopics { get; set; }

    /// <summary>Header values longer than this many characters are cut (they are evidence, not payload).</summary>
    public int MaxHeaderValueLength { get; set; } = 512;

    /// <summary>The <c>group.id</c> of the sampling consumer. It never joins the group and never commits.</summary>
    public string GroupId { get; set; } = "governance-collector-sampler";

    /// <summary>Every problem of these options (empty when usable).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (RecordsPerPartition < 0) errors.Add("Sampling:RecordsPerPartition must not be negative (0 turns sampling off)");
        if (MaxPartitionsPerTopic < 0) errors.Add("Sampling:MaxPartitionsPerTopic must not be negative (0 turns sampling off)");
        if (Budget < 0) errors.Add("Sampling:Budget must not be negative");
        if (Timeout <= TimeSpan.Zero) errors.Add("Sampling:Timeout must be positive");
        if (IdleTimeout <= TimeSpan.Zero) errors.Add("Sampling:IdleTimeout must be positive");
        if (MaxAssignedPartitions < 1) errors.Add("Sampling:MaxAssignedPartitions must be at least 1");
        if (MaxHeaderValueLength < 0) errors.Add("Sampling:MaxHeaderValueLength must not be negative");
        if (string.IsNullOrWhiteSpace(GroupId)) errors.Add("Sampling:GroupId is required");
        return errors;
    }
}
