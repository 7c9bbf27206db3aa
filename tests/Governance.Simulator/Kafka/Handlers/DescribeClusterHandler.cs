using Governance.Simulator.Kafka.Acls;
using Governance.Simulator.Kafka.Protocol;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>
/// DescribeCluster (60) v0–1 (KIP-700). librdkafka's <c>DescribeCluster</c> admin call uses Metadata
/// instead, but Java-based tools and newer clients use this API. Only the broker endpoint type exists
/// here (there are no separate KRaft controllers to describe).
/// </summary>
internal sealed class DescribeClusterHandler : SyncApiHandler
{
    private const sbyte BrokerEndpointType = 1;

    public override ApiKey Key => ApiKey.DescribeCluster;

    public override short MinVersion => 0;

    public override short MaxVersion => 1;

    protected override void Handle(RequestContext context, ref KafkaReader request, KafkaWriter response)
    {
        var version = context.ApiVersion;
        var includeOperations = request.ReadBool();
        var endpointType = version >= 1 ? request.ReadInt8() : BrokerEndpointType;
        request.SkipTaggedFields();

        context.Cluster.Read(index =>
        {
            var supported = endpointType == BrokerEndpointType;
            response.WriteInt32(0); // ThrottleTimeMs
            response.WriteInt16(supported ? ErrorCode.None : ErrorCode.InvalidRequest);
            response.WriteNullableString(supported ? null : $"Endpoint type {endpointType} is not supported; only brokers (1) are.");
            if (version >= 1)
            {
                response.WriteInt8(endpointType);
            }

            response.WriteString(index.Cluster.Id);
            response.WriteInt32(index.Cluster.ControllerId);
            var brokers = supported ? context.Cluster.Brokers : [];
            response.WriteArrayLength(brokers.Count);
            foreach (var broker in brokers)
            {
                response.WriteInt32(broker.NodeId);
                response.WriteString(broker.Host);
                response.WriteInt32(broker.Port);
                response.WriteNullableString(null); // Rack
                response.WriteEmptyTaggedFields();
            }

            response.WriteInt32(AuthorizedOperations.Select(includeOperations, AuthorizedOperations.Cluster));
            response.WriteEmptyTaggedFields();
        });
    }
}
