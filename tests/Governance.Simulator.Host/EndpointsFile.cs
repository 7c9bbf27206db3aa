using System.Text.Json;
using System.Text.Json.Serialization;
using Governance.Simulator.Hosting;

namespace Governance.Simulator.Host;

/// <summary>
/// The endpoints file scripts read to configure the collector:
/// <c>{"scenario": "...", "seed": 42, "clusters": [{"alias", "clusterId", "role", "bootstrapServers", "schemaRegistryUrl"?, "connectUrl"?}]}</c>.
/// </summary>
internal static class EndpointsFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(string scenario, int seed, IReadOnlyList<ClusterEndpoints> clusters) =>
        JsonSerializer.Serialize(new { scenario, seed, clusters }, Options);
}
