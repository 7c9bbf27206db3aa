using Governance.Simulator.Generation.Schemas;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Generation;

/// <summary>Why a topic exists; drives its records and whether it counts as data for lineage.</summary>
internal enum TopicRole
{
    /// <summary>Business events or tables with a registered value schema.</summary>
    Data,
    /// <summary>Business data without a registered schema (plain JSON).</summary>
    Schemaless,
    DeadLetter,
    /// <summary>Kafka Streams internal topics (<c>&lt;application.id&gt;-&lt;store&gt;-changelog</c> / <c>-repartition</c>).</summary>
    StreamsInternal,
    /// <summary>A MirrorMaker 2 replica <c>&lt;source-alias&gt;.&lt;topic&gt;</c>.</summary>
    Mirror,
    /// <summary>Platform plumbing: <c>__consumer_offsets</c>, <c>_schemas</c>, Connect and MM2 internal topics.</summary>
    Infrastructure,
    /// <summary>Forgotten topics nobody produces to or reads (padding for exact sizes).</summary>
    Sandbox,
}

/// <summary>How record keys look.</summary>
internal enum KeyKind
{
    None,
    /// <summary>Plain UTF-8 string (the id of the value).</summary>
    Text,
    /// <summary>Framed with a registered key schema (<c>&lt;topic&gt;-key</c>).</summary>
    Schema,
}

/// <summary>A subject as the generator registered it, with the spec that encodes its sample values.</summary>
internal sealed class BoundSchema
{
    /// <summary>The record type, or null for the primitive AVRO <c>"string"</c> (record keys).</summary>
    public required RecordSpec? Record { get; init; }
    public required string Format { get; init; }
    public required SubjectScenario Subject { get; init; }

    public SchemaVersionScenario Latest => Subject.Versions[^1];
}

/// <summary>A topic and what the generator knows about it beyond the scenario model.</summary>
internal sealed class TopicPlan
{
    public required ClusterScenario Cluster { get; init; }
    public required TopicScenario Topic { get; init; }
    public required TopicRole Role { get; init; }
    public string Domain { get; init; } = "platform";
    public string Owner { get; init; } = "team-platform";

    /// <summary>Records per day over the whole topic; 0 for topics that never received data.</summary>
    public double EventsPerDay { get; init; }

    public BoundSchema? Value { get; set; }
    public BoundSchema? KeySchema { get; set; }
    public KeyKind Key { get; set; } = KeyKind.Text;

    /// <summary>For schemaless data topics and dead letters: the shape of the JSON payload.</summary>
    public RecordSpec? PlainJson { get; init; }

    /// <summary>For mirrors: the edge topic it replicates.</summary>
    public TopicPlan? MirrorOf { get; init; }

    public string Name => Topic.Name;
}

/// <summary>How an application's consumer group looks to the group coordinator.</summary>
internal enum GroupMode
{
    /// <summary>No consumer group (producers, and consumers using <c>assign()</c> without commits).</summary>
    None,
    /// <summary>Stable, with members and small lag.</summary>
    Active,
    /// <summary>No members, committed offsets only (batch jobs between runs, Flink jobs committing on checkpoints).</summary>
    Empty,
    /// <summary>Stable with members, but the offsets stopped moving long ago: a large, growing lag.</summary>
    Stalled,
}

/// <summary>An application of the ground truth plus how its evidence is derived.</summary>
internal sealed class AppPlan
{
    public required ApplicationScenario App { get; init; }
    public GroupMode Group { get; init; }

    /// <summary>Assignor reported by the group (<c>range</c>, <c>cooperative-sticky</c>, <c>stream</c>).</summary>
    public string Protocol { get; init; } = "range";
    public int Instances { get; init; } = 1;

    /// <summary>False for applications that run without ACLs (super user or an ACL-less cluster).</summary>
    public bool Acls { get; init; } = true;

    /// <summary>Prefix of Streams internal topics this app owns (prefixed ACLs).</summary>
    public string? InternalTopicPrefix { get; init; }

    /// <summary>Sources of mirrors: (edge cluster, topic).</summary>
    public List<(ClusterScenario Cluster, string Topic)> RemoteInputs { get; init; } = [];

    public ConnectorScenario? Connector { get; init; }
}
