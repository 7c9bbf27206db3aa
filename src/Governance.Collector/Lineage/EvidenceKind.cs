namespace Governance.Collector.Lineage;

/// <summary>What the platform showed that supports an edge.</summary>
public enum EvidenceKind
{
    /// <summary>The group committed offsets on the topic.</summary>
    CommittedOffsets,

    /// <summary>A member of the group is assigned partitions of the topic.</summary>
    MemberAssignment,

    /// <summary>The topic is a Kafka Streams internal topic (<c>&lt;application.id&gt;-…-changelog</c> / <c>-repartition</c>).</summary>
    StreamsInternalTopic,

    /// <summary>Kafka Connect lists the topic among the connector's active topics.</summary>
    ConnectorTopics,

    /// <summary>The connector's configuration names the topic or the external dataset.</summary>
    ConnectorConfig,

    /// <summary>A MirrorMaker 2 connector replicates the topic (source topic or its replica).</summary>
    MirrorReplication,

    /// <summary>An ACL allows the principal to write the topic.</summary>
    AclWrite,

    /// <summary>An ACL allows the principal to read the topic (corroborates a consumer edge).</summary>
    AclRead,

    /// <summary>The principal holds a transactional id (it produces transactionally).</summary>
    TransactionalId,

    /// <summary>Sampled records of the topic carry the producing application in a header.</summary>
    ProducerHeader,

    /// <summary>A mapping declared in the collector's configuration.</summary>
    DeclaredMapping,
}
