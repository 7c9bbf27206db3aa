using System.Collections.Concurrent;
using Governance.Simulator.Kafka.Cluster;
using Governance.Simulator.Kafka.Handlers;
using Governance.Simulator.Kafka.Network;
using Governance.Simulator.Scenario;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Governance.Simulator.Kafka;

/// <summary>
/// A simulated Kafka cluster speaking the real wire protocol over TCP: one listener per broker of
/// <see cref="ClusterScenario.Brokers"/> (node ids 1..N) on 127.0.0.1, serving the cluster of a
/// <see cref="SimulatedPlatform"/>. Every request reads the scenario through the platform's lock, so
/// control-surface changes are visible to the next request; <see cref="SimulatedPlatform.DropConnections"/>
/// closes all client connections to this cluster. PLAINTEXT only.
/// </summary>
public sealed class KafkaClusterServer : IAsyncDisposable
{
    private readonly SimulatedPlatform _platform;
    private readonly ClusterRuntime _runtime;
    private readonly BrokerListener[] _listeners;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<KafkaConnection, Task> _connections = new();
    private readonly List<Task> _acceptLoops = [];
    private int _disposed;

    private KafkaClusterServer(SimulatedPlatform platform, string clusterAlias, BrokerListener[] listeners, ILogger logger)
    {
        _platform = platform;
        _listeners = listeners;
        ClusterAlias = clusterAlias;
        Ports = listeners.Select(l => l.Port).ToArray();
        BootstrapServers = string.Join(",", Ports.Select(p => $"127.0.0.1:{p}"));
        var brokers = listeners.Select(l => new BrokerEndpoint(l.NodeId, "127.0.0.1", l.Port)).ToArray();
        _runtime = new ClusterRuntime(platform, clusterAlias, brokers, logger);
    }

    public string ClusterAlias { get; }

    /// <summary>Client bootstrap list, <c>127.0.0.1:p1,127.0.0.1:p2,…</c>, in node id order.</summary>
    public string BootstrapServers { get; }

    /// <summary>The listener port of broker <c>i + 1</c> at index <c>i</c>.</summary>
    public IReadOnlyList<int> Ports { get; }

    /// <summary>Open client connections (all brokers).</summary>
    public int ConnectionCount => _connections.Count;

    public static Task<KafkaClusterServer> StartAsync(SimulatedPlatform platform, string clusterAlias, CancellationToken ct = default) =>
        StartAsync(platform, clusterAlias, logger: null, ct);

    /// <summary>Starts the brokers; <paramref name="logger"/> receives connection problems and (at Trace) every request.</summary>
    public static Task<KafkaClusterServer> StartAsync(SimulatedPlatform platform, string clusterAlias, ILogger? logger, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ct.ThrowIfCancellationRequested();
        var brokerCount = platform.Read(s => s.Cluster(clusterAlias).Brokers);
        if (brokerCount < 1)
        {
            throw new InvalidOperationException($"Cluster '{clusterAlias}' has {brokerCount} brokers; it needs at least one.");
        }

        var listeners = new List<BrokerListener>(brokerCount);
        try
        {
            for (var nodeId = 1; nodeId <= brokerCount; nodeId++)
            {
                listeners.Add(BrokerListener.Bind(nodeId));
            }
        }
        catch
        {
            listeners.ForEach(l => l.Dispose());
            throw;
        }

        var server = new KafkaClusterServer(platform, clusterAlias, [.. listeners], logger ?? NullLogger.Instance);
        server.Start();
        return Task.FromResult(server);
    }

    /// <summary>Closes every client connection now (what <see cref="SimulatedPlatform.DropConnections"/> triggers).</summary>
    public void DropConnections()
    {
        foreach (var connection in _connections.Keys)
        {
            connection.Abort();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _platform.Changed -= OnChanged;
        await _stopping.CancelAsync().ConfigureAwait(false);
        foreach (var listener in _listeners)
        {
            listener.Dispose();
        }

        DropConnections();
        var all = _acceptLoops.Concat(_connections.Values).ToArray();
        await Task.WhenAll(all).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
    }

    private void Start()
    {
        _platform.Changed += OnChanged;
        foreach (var listener in _listeners)
        {
            _acceptLoops.Add(Task.Run(() => listener.AcceptLoopAsync(_runtime, ApiRouter.CreateDefault(), Track, _stopping.Token)));
        }
    }

    private void Track(KafkaConnection connection, Func<Task> run)
    {
        // Registered before it runs, so a connection that ends at once is still removed afterwards.
        var registered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var task = Task.Run(async () =>
        {
            await registered.Task.ConfigureAwait(false);
            try
            {
                await run().ConfigureAwait(false);
            }
            finally
            {
                _connections.TryRemove(connection, out _);
            }
        });
        _connections[connection] = task;
        registered.SetResult();
        if (Volatile.Read(ref _disposed) != 0)
        {
            connection.Abort(); // Accepted while disposing.
        }
    }

    private void OnChanged(PlatformChange change)
    {
        _runtime.OnChanged();
        if (change == PlatformChange.DropConnections(ClusterAlias))
        {
            DropConnections();
        }
    }
}
