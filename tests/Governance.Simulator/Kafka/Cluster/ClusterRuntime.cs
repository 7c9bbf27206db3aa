using Governance.Simulator.Scenario;
using Microsoft.Extensions.Logging;

namespace Governance.Simulator.Kafka.Cluster;

/// <summary>A broker's advertised endpoint.</summary>
internal sealed record BrokerEndpoint(int NodeId, string Host, int Port);

/// <summary>
/// What every broker of one simulated cluster shares: the platform, the cluster alias, the endpoints
/// of all brokers, the index cache and a signal that fires on every platform change (long-polling
/// fetches wake up on it).
/// </summary>
internal sealed class ClusterRuntime
{
    private readonly ClusterIndexCache _cache;
    private TaskCompletionSource _changed = NewSignal();

    public ClusterRuntime(SimulatedPlatform platform, string alias, IReadOnlyList<BrokerEndpoint> brokers, ILogger logger)
    {
        Platform = platform;
        Alias = alias;
        Brokers = brokers;
        Logger = logger;
        _cache = new ClusterIndexCache(alias, brokers.Count);
    }

    public SimulatedPlatform Platform { get; }

    public string Alias { get; }

    public IReadOnlyList<BrokerEndpoint> Brokers { get; }

    public ILogger Logger { get; }

    /// <summary>Completes at the next platform change.</summary>
    public Task NextChange => Volatile.Read(ref _changed).Task;

    public BrokerEndpoint Broker(int nodeId) => Brokers[nodeId - 1];

    /// <summary>Reads the scenario under the platform lock, through the cached index.</summary>
    public T Read<T>(Func<ClusterIndex, T> read) => Platform.Read(s => read(_cache.Get(s)));

    public void Read(Action<ClusterIndex> read) => Platform.Read(s =>
    {
        read(_cache.Get(s));
        return 0;
    });

    /// <summary>Changes the scenario under the platform lock (the platform raises <see cref="SimulatedPlatform.Changed"/>).</summary>
    public void Mutate(Action<ClusterIndex> change) => Platform.Mutate(s => change(_cache.Get(s)));

    /// <summary>Called for every platform change: drops the index and wakes waiting fetches.</summary>
    public void OnChanged()
    {
        _cache.Invalidate();
        Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
