namespace Governance.Collector.Lineage;

/// <summary>
/// What one inference run shares between its rules. The rules run in a fixed order (Connect and
/// MirrorMaker first) because later rules need to know what earlier ones found: which groups belong
/// to connectors, which topics are replicas, which topics are Streams changelogs.
/// </summary>
internal sealed class InferenceContext(PlatformView platform, LineageOptions options)
{
    public PlatformView Platform { get; } = platform;

    public LineageOptions Options { get; } = options;

    public LineageBuilder Builder { get; } = new();

    /// <summary>Consumer groups run by sink connectors: (namespace, group id) → connector name.</summary>
    public Dictionary<(string Namespace, string GroupId), string> ConnectorGroups { get; } = [];

    /// <summary>Topics MirrorMaker 2 writes (replicas): their records carry the source producer's headers.</summary>
    public HashSet<DatasetRef> Replicas { get; } = [];

    /// <summary>MirrorMaker 2 replication edges: (job, source topic, replica), for folding MM2's principal into its jobs.</summary>
    public List<(string JobNamespace, string Job, DatasetRef Source, DatasetRef Replica)> MirrorFlows { get; } = [];

    /// <summary>Kafka Streams changelog topics: their app reads them back only to restore state.</summary>
    public HashSet<DatasetRef> Changelogs { get; } = [];
}
