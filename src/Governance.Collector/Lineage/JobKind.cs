namespace Governance.Collector.Lineage;

/// <summary>What kind of process an inferred job is.</summary>
public enum JobKind
{
    /// <summary>A plain consumer group (a service or a Flink job) seen through its committed offsets and members.</summary>
    ConsumerGroup,

    /// <summary>A Kafka Streams application (its group is the <c>application.id</c>).</summary>
    StreamsApp,

    /// <summary>A Kafka Connect source or sink connector.</summary>
    Connector,

    /// <summary>A MirrorMaker 2 <c>MirrorSourceConnector</c> replicating topics between clusters.</summary>
    Mirror,

    /// <summary>A producer known only from ACLs, record headers or a declared mapping.</summary>
    Producer,
}
