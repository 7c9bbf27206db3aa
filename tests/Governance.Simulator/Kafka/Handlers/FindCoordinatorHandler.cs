using Governance.Simulator.Kafka.Cluster;
using Governance.Simulator.Kafka.Protocol;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>
/// FindCoordinator (10) v0–6: the group (key type 0, and share groups, 2) or transaction (1)
/// coordinator, picked by Kafka's hash rule (<see cref="ClusterIndex.GroupCoordinator"/>), for a
/// single key (v0–3) or a batch (v4+, KIP-699). Like Kafka, it answers for groups that do not exist
/// yet: the coordinator is a function of the id alone. v5/v6 only added error codes and a key type,
/// so they share v4's layout.
/// </summary>
internal sealed class FindCoordinatorHandler : SyncApiHandler
{
    private const sbyte GroupKey = 0;
    private const sbyte TransactionKey = 1;
    private const sbyte ShareGroupKey = 2;

    public override ApiKey Key => ApiKey.FindCoordinator;

    public override short MinVersion => 0;

    public override short MaxVersion => 6;

    protected override void Handle(RequestContext context, ref KafkaReader request, KafkaWriter response)
    {
        var version = context.ApiVersion;
        var key = version <= 3 ? request.ReadString() : null;
        var keyType = version >= 1 ? request.ReadInt8() : GroupKey;
        var keys = version >= 4 ? request.ReadStringArray() : [key!];
        request.SkipTaggedFields();

        context.Cluster.Read(index =>
        {
            if (version >= 1)
            {
                response.WriteInt32(0); // ThrottleTimeMs
            }

            if (version <= 3)
            {
                var (node, error, message) = Resolve(index, context.Cluster, keyType, keys[0]);
                response.WriteInt16(error);
                if (version >= 1)
                {
                    response.WriteNullableString(message);
                }

                WriteNode(response, node);
            }
            else
            {
                response.WriteArrayLength(keys.Count);
                foreach (var k in keys)
                {
                    var (node, error, message) = Resolve(index, context.Cluster, keyType, k);
                    response.WriteString(k);
                    WriteNode(response, node);
                    response.WriteInt16(error);
                    response.WriteNullableString(message);
                    response.WriteEmptyTaggedFields();
                }
            }

            response.WriteEmptyTaggedFields();
        });
    }

    private static (BrokerEndpoint? Node, short Error, string? Message) Resolve(ClusterIndex index, ClusterRuntime cluster, sbyte keyType, string key) =>
        keyType switch
        {
            GroupKey or ShareGroupKey => (cluster.Broker(index.GroupCoordinator(key)), ErrorCode.None, null),
            TransactionKey => (cluster.Broker(index.TransactionCoordinator(key)), ErrorCode.None, null),
            _ => (null, ErrorCode.InvalidRequest, $"Unknown coordinator key type {keyType}."),
        };

    private static void WriteNode(KafkaWriter response, BrokerEndpoint? node)
    {
        response.WriteInt32(node?.NodeId ?? -1);
        response.WriteString(node?.Host ?? "");
        response.WriteInt32(node?.Port ?? -1);
    }
}
