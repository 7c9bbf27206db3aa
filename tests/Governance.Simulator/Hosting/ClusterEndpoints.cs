using Governance.Simulator.Scenario;

namespace Governance.Simulator.Hosting;

/// <summary>Where a running cluster and its HTTP services listen.</summary>
public sealed record ClusterEndpoints(
    string Alias,
    string ClusterId,
    ClusterRole Role,
    string BootstrapServers,
    string? SchemaRegistryUrl,
    string? ConnectUrl);
