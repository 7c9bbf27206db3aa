namespace Governance.Simulator.Scenario;

/// <summary>What kind of application moves data.</summary>
public enum ApplicationKind
{
    /// <summary>A service with a producer and/or a consumer group.</summary>
    Microservice,
    /// <summary>A Flink job (consumer group named after the job).</summary>
    FlinkJob,
    /// <summary>A Kafka Streams app: <c>application.id</c> group plus <c>-changelog</c>/<c>-repartition</c> topics.</summary>
    StreamsApp,
    /// <summary>A Connect source connector (writes topics from an external system).</summary>
    ConnectSource,
    /// <summary>A Connect sink connector (reads topics into an external system).</summary>
    ConnectSink,
    /// <summary>A MirrorMaker 2 flow: edge topic → cloud topic <c>&lt;edge-alias&gt;.&lt;topic&gt;</c>.</summary>
    Mirror,
}

/// <summary>
/// Ground truth: an application and the topics it really reads and writes, with the evidence the
/// platform exposes for it (group, principal, client id, headers). Lineage inference is checked
/// against this list; the generator derives groups, ACLs, connectors and record headers from it.
/// </summary>
public sealed class ApplicationScenario
{
    public string Name { get; set; } = "";
    public ApplicationKind Kind { get; set; }

    /// <summary>Alias of the cluster it runs against (for mirrors: the target, i.e. cloud).</summary>
    public string Cluster { get; set; } = "";

    /// <summary>Consumer group id, when it consumes (Streams: the application.id).</summary>
    public string? GroupId { get; set; }

    /// <summary>Kafka principal, e.g. <c>User:order-service</c>, when it has ACLs.</summary>
    public string? Principal { get; set; }
    public string? ClientId { get; set; }
    public string? TransactionalId { get; set; }

    /// <summary>Topics it reads, as <c>{clusterAlias}/{topic}</c> for mirrors' sources, else topic names on <see cref="Cluster"/>.</summary>
    public List<string> Inputs { get; set; } = [];

    /// <summary>Topics it writes on <see cref="Cluster"/>.</summary>
    public List<string> Outputs { get; set; } = [];

    /// <summary>External systems it reads or writes (Connect), e.g. <c>postgres://pos-db/sales.receipts</c>.</summary>
    public List<string> ExternalInputs { get; set; } = [];
    public List<string> ExternalOutputs { get; set; } = [];

    /// <summary>Value of the producing-application header this app stamps on its records, if any.</summary>
    public string? ProducerHeader { get; set; }
}
