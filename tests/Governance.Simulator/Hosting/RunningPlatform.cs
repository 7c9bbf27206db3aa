using Governance.Simulator.Connect;
using Governance.Simulator.Generation;
using Governance.Simulator.Kafka;
using Governance.Simulator.Scenario;
using Governance.Simulator.SchemaRegistry;

namespace Governance.Simulator.Hosting;

/// <summary>
/// A whole simulated platform, listening: one Kafka cluster server per cluster of the scenario, a Schema
/// Registry server per cluster that has a registry and a Connect server per cluster that runs Connect,
/// all sharing one <see cref="SimulatedPlatform"/>. Once everything listens, the placeholder addresses of
/// <see cref="SymbolicEndpoints"/> in connector configs are replaced by the real ones.
/// </summary>
public sealed class RunningPlatform : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _servers;

    private RunningPlatform(SimulatedPlatform platform, List<ClusterEndpoints> clusters, List<IAsyncDisposable> servers)
    {
        Platform = platform;
        Clusters = clusters;
        Endpoints = clusters.ToDictionary(c => c.Alias, StringComparer.Ordinal);
        _servers = servers;
    }

    public SimulatedPlatform Platform { get; }

    /// <summary>Every cluster's endpoints, in scenario order (cloud first for generated scenarios).</summary>
    public IReadOnlyList<ClusterEndpoints> Clusters { get; }

    /// <summary>Endpoints by cluster alias.</summary>
    public IReadOnlyDictionary<string, ClusterEndpoints> Endpoints { get; }

    public static Task<RunningPlatform> StartAsync(PlatformScenario scenario, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return StartAsync(new SimulatedPlatform(scenario), ct);
    }

    public static async Task<RunningPlatform> StartAsync(SimulatedPlatform platform, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(platform);
        var clusters = platform.Read(s => s.Clusters
            .Select(c => (c.Alias, c.Id, c.Role, HasRegistry: c.SchemaRegistry is not null, HasConnect: c.Connect is not null))
            .ToList());
        var servers = new List<IAsyncDisposable>();
        var endpoints = new List<ClusterEndpoints>();
        try
        {
            foreach (var cluster in clusters)
            {
                var kafka = await KafkaClusterServer.StartAsync(platform, cluster.Alias, ct);
                servers.Add(kafka);
                string? registryUrl = null;
                string? connectUrl = null;
                if (cluster.HasRegistry)
                {
                    var registry = await SchemaRegistryServer.StartAsync(platform, cluster.Alias, ct);
                    servers.Add(registry);
                    registryUrl = registry.Url;
                }

                if (cluster.HasConnect)
                {
                    var connect = await ConnectServer.StartAsync(platform, cluster.Alias, ct);
                    servers.Add(connect);
                    connectUrl = connect.Url;
                }

                endpoints.Add(new ClusterEndpoints(cluster.Alias, cluster.Id, cluster.Role, kafka.BootstrapServers, registryUrl, connectUrl));
            }

            ResolveSymbolicEndpoints(platform, endpoints);
            return new RunningPlatform(platform, endpoints, servers);
        }
        catch
        {
            await DisposeAllAsync(servers);
            throw;
        }
    }

    public ClusterEndpoints EndpointsOf(string alias) =>
        Endpoints.TryGetValue(alias, out var endpoints) ? endpoints : throw new KeyNotFoundException($"No cluster '{alias}' is running.");

    public async ValueTask DisposeAsync() => await DisposeAllAsync(_servers);

    private static async Task DisposeAllAsync(List<IAsyncDisposable> servers)
    {
        List<Exception>? errors = null;
        for (var i = servers.Count - 1; i >= 0; i--)
        {
            try
            {
                await servers[i].DisposeAsync();
            }
            catch (Exception e)
            {
                (errors ??= []).Add(e);
            }
        }

        servers.Clear();
        if (errors is not null) throw new AggregateException("Stopping the simulated platform failed.", errors);
    }

    /// <summary>Connector configs name other systems by placeholder addresses; point them at what really listens.</summary>
    private static void ResolveSymbolicEndpoints(SimulatedPlatform platform, List<ClusterEndpoints> endpoints)
    {
        var replacements = endpoints.ToDictionary(e => SymbolicEndpoints.Bootstrap(e.Alias), e => e.BootstrapServers, StringComparer.Ordinal);
        if (endpoints.FirstOrDefault(e => e.SchemaRegistryUrl is not null)?.SchemaRegistryUrl is { } registry)
        {
            replacements[SymbolicEndpoints.SchemaRegistryUrl] = registry;
        }

        platform.Mutate(scenario =>
        {
            foreach (var connector in scenario.Clusters.Where(c => c.Connect is not null).SelectMany(c => c.Connect!.Connectors))
            {
                foreach (var key in connector.Config.Keys.ToList())
                {
                    if (replacements.TryGetValue(connector.Config[key], out var real)) connector.Config[key] = real;
                }
            }
        });
    }
}
