using Governance.Simulator.Kafka.Cluster;
using Governance.Simulator.Kafka.Protocol;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>Who asked what: the request header plus the broker and cluster that received it.</summary>
internal sealed class RequestContext(ClusterRuntime cluster, BrokerEndpoint broker, ApiKey apiKey, short apiVersion, int correlationId, string? clientId, string clientHost)
{
    public ClusterRuntime Cluster { get; } = cluster;

    /// <summary>The broker this connection is to.</summary>
    public BrokerEndpoint Broker { get; } = broker;

    public int NodeId => Broker.NodeId;

    public ApiKey ApiKey { get; } = apiKey;

    public short ApiVersion { get; } = apiVersion;

    public int CorrelationId { get; } = correlationId;

    public string? ClientId { get; } = clientId;

    public string ClientHost { get; } = clientHost;

    /// <summary>Set by a handler whose request expects no response (Produce with acks=0).</summary>
    public bool SuppressResponse { get; set; }
}
