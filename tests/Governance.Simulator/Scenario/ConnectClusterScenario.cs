namespace Governance.Simulator.Scenario;

/// <summary>A Kafka Connect cluster and its connectors.</summary>
public sealed class ConnectClusterScenario
{
    public string Version { get; set; } = "3.9.0";
    public string KafkaClusterId { get; set; } = "";
    public List<ConnectorScenario> Connectors { get; set; } = [];
}

/// <summary>A connector with its configuration, topics and status.</summary>
public sealed class ConnectorScenario
{
    public string Name { get; set; } = "";

    /// <summary><c>source</c> or <c>sink</c>.</summary>
    public string Type { get; set; } = "source";
    public string Class { get; set; } = "";
    public Dictionary<string, string> Config { get; set; } = [];

    /// <summary>Topics the connector has used (Connect's <c>/connectors/{name}/topics</c>).</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary><c>RUNNING</c>, <c>PAUSED</c>, <c>FAILED</c>, <c>UNASSIGNED</c>.</summary>
    public string State { get; set; } = "RUNNING";
    public string WorkerId { get; set; } = "connect-1:8083";
    public List<ConnectorTaskScenario> Tasks { get; set; } = [];
}

/// <summary>A connector task's status.</summary>
public sealed class ConnectorTaskScenario
{
    public int Id { get; set; }
    public string State { get; set; } = "RUNNING";
    public string WorkerId { get; set; } = "connect-1:8083";
    public string? Trace { get; set; }
}
