using Governance.Simulator.Kafka.Acls;
using Governance.Simulator.Kafka.Cluster;
using Governance.Simulator.Kafka.Protocol;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>
/// Metadata (3) v0–12: brokers, cluster id, controller and topics with partitions, leaders, replicas,
/// ISR and topic ids. Topics are never auto-created (<c>auto.create.topics.enable=false</c>): unknown
/// names get UNKNOWN_TOPIC_OR_PARTITION, unknown ids (v10+) UNKNOWN_TOPIC_ID.
/// </summary>
internal sealed class MetadataHandler : SyncApiHandler
{
    public override ApiKey Key => ApiKey.Metadata;

    public override short MinVersion => 0;

    public override short MaxVersion => 12;

    protected override void Handle(RequestContext context, ref KafkaReader request, KafkaWriter response)
    {
        var version = context.ApiVersion;

        // Topics: null (v1+) or empty (v0 only) means "all topics".
        List<(Guid Id, string? Name)>? requested = null;
        var count = request.ReadArrayLength();
        if (count > 0 || (count == 0 && version >= 1))
        {
            requested = new List<(Guid, string?)>(count);
            for (var i = 0; i < count; i++)
            {
                var id = version >= 10 ? request.ReadUuid() : Guid.Empty;
                var name = version >= 10 ? request.ReadNullableString() : request.ReadString();
                request.SkipTaggedFields();
                requested.Add((id, name));
            }
        }

        if (version >= 4)
        {
            request.ReadBool(); // AllowAutoTopicCreation: ignored, auto-creation is off.
        }

        var includeClusterOperations = version is >= 8 and <= 10 && request.ReadBool();
        var includeTopicOperations = version >= 8 && request.ReadBool();
        request.SkipTaggedFields();

        context.Cluster.Read(index =>
        {
            if (version >= 3)
            {
                response.WriteInt32(0); // ThrottleTimeMs
            }

            WriteBrokers(response, context.Cluster.Brokers, version);
            if (version >= 2)
            {
                response.WriteNullableString(index.Cluster.Id);
            }

            if (version >= 1)
            {
                response.WriteInt32(index.Cluster.ControllerId);
            }

            if (requested is null)
            {
                var topics = index.Cluster.Topics;
                response.WriteArrayLength(topics.Count);
                foreach (var topic in topics)
                {
                    WriteTopic(response, index, topic, version, includeTopicOperations);
                }
            }
            else
            {
                response.WriteArrayLength(requested.Count);
                foreach (var (id, name) in requested)
                {
                    var topic = name is not null ? index.Topic(name) : index.Topic(id);
                    if (topic is not null)
                    {
                        WriteTopic(response, index, topic, version, includeTopicOperations);
                    }
                    else
                    {
                        WriteMissingTopic(response, version, id, name);
                    }
                }
            }

            if (version is >= 8 and <= 10)
            {
                response.WriteInt32(AuthorizedOperations.Select(includeClusterOperations, AuthorizedOperations.Cluster));
            }

            response.WriteEmptyTaggedFields();
        });
    }

    private static void WriteBrokers(KafkaWriter response, IReadOnlyList<BrokerEndpoint> brokers, short version)
    {
        response.WriteArrayLength(brokers.Count);
        foreach (var broker in brokers)
        {
            response.WriteInt32(broker.NodeId);
            response.WriteString(broker.Host);
            response.WriteInt32(broker.Port);
            if (version >= 1)
            {
                response.WriteNullableString(null); // Rack
            }

            response.WriteEmptyTaggedFields();
        }
    }

    private static void WriteTopic(KafkaWriter response, ClusterIndex index, TopicScenario topic, short version, bool includeOperations)
    {
        response.WriteInt16(ErrorCode.None);
        response.WriteString(topic.Name);
        if (version >= 10)
        {
            response.WriteUuid(topic.TopicId);
        }

        if (version >= 1)
        {
            response.WriteBool(topic.Internal);
        }

        response.WriteArrayLength(topic.Partitions.Count);
        foreach (var partition in topic.Partitions)
        {
            var leader = Leadership.LeaderOf(index, partition);
            response.WriteInt16(leader < 0 ? ErrorCode.LeaderNotAvailable : ErrorCode.None);
            response.WriteInt32(partition.Id);
            response.WriteInt32(leader);
            if (version >= 7)
            {
                response.WriteInt32(Leadership.LeaderEpoch);
            }

            response.WriteInt32Array(partition.Replicas);
            response.WriteInt32Array(partition.Isr);
            if (version >= 5)
            {
                WriteOfflineReplicas(response, index, partition.Replicas);
            }

            response.WriteEmptyTaggedFields();
        }

        if (version >= 8)
        {
            response.WriteInt32(AuthorizedOperations.Select(includeOperations, AuthorizedOperations.Topic));
        }

        response.WriteEmptyTaggedFields();
    }

    /// <summary>Replicas on brokers that do not exist in the cluster are reported offline.</summary>
    private static void WriteOfflineReplicas(KafkaWriter response, ClusterIndex index, List<int> replicas)
    {
        var offline = 0;
        foreach (var replica in replicas)
        {
            offline += index.IsBroker(replica) ? 0 : 1;
        }

        response.WriteArrayLength(offline);
        foreach (var replica in replicas)
        {
            if (!index.IsBroker(replica))
            {
                response.WriteInt32(replica);
            }
        }
    }

    private static void WriteMissingTopic(KafkaWriter response, short version, Guid id, string? name)
    {
        response.WriteInt16(name is null ? ErrorCode.UnknownTopicId : ErrorCode.UnknownTopicOrPartition);
        if (version >= 12)
        {
            response.WriteNullableString(name);
        }
        else
        {
            response.WriteString(name ?? "");
        }

        if (version >= 10)
        {
            response.WriteUuid(id);
        }

        if (version >= 1)
        {
            response.WriteBool(false);
        }

        response.WriteArrayLength(0);
        if (version >= 8)
        {
            response.WriteInt32(AuthorizedOperations.NotRequested);
        }

        response.WriteEmptyTaggedFields();
    }
}
