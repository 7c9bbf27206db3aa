namespace Governance.Simulator.Generation;

/// <summary>
/// Addresses generated connector configs use for other systems of the platform. The generator cannot
/// know the ports the simulator will listen on, so configs name these stable host names;
/// <see cref="Hosting.RunningPlatform"/> replaces them with the real endpoints once everything listens.
/// </summary>
public static class SymbolicEndpoints
{
    public const string SchemaRegistryUrl = "http://schema-registry.retail.internal:8081";

    public static string Bootstrap(string clusterAlias) => $"kafka-{clusterAlias}.retail.internal:9092";

    public static string ConnectWorker(string clusterAlias, int worker) => $"connect-{worker}.{clusterAlias}.retail.internal:8083";
}
