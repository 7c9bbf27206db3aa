using Governance.Simulator.Kafka.Protocol;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>
/// DeleteTopics (20) v0–6, by name or (v6+) by topic id, through the control surface's
/// <see cref="Scenario.SimulatedPlatform.DeleteTopic"/> so that committed offsets and assignments on
/// the topic go with it. Internal topics cannot be deleted, as in Kafka.
/// </summary>
internal sealed class DeleteTopicsHandler : SyncApiHandler
{
    public override ApiKey Key => ApiKey.DeleteTopics;

    public override short MinVersion => 0;

    public override short MaxVersion => 6;

    protected override void Handle(RequestContext context, ref KafkaReader request, KafkaWriter response)
    {
        var version = context.ApiVersion;
        var requested = new List<(string? Name, Guid Id)>();
        if (version >= 6)
        {
            var count = request.ReadArrayLength();
            for (var i = 0; i < count; i++)
            {
                var name = request.ReadNullableString();
                var id = request.ReadUuid();
                request.SkipTaggedFields();
                requested.Add((name, id));
            }
        }
        else
        {
            requested.AddRange(request.ReadStringArray().Select(n => ((string?)n, Guid.Empty)));
        }

        request.ReadInt32(); // TimeoutMs: deletion is immediate
        request.SkipTaggedFields();

        var results = context.Cluster.Read(index => requested.Select(r =>
        {
            var topic = r.Name is not null ? index.Topic(r.Name) : index.Topic(r.Id);
            return topic is null ? (r.Name, r.Id, r.Name is null ? ErrorCode.UnknownTopicId : ErrorCode.UnknownTopicOrPartition, "This server does not host this topic.")
                : topic.Internal ? (topic.Name, topic.TopicId, ErrorCode.InvalidRequest, $"Topic {topic.Name} is an internal topic and cannot be deleted.")
                : ((string?)topic.Name, topic.TopicId, ErrorCode.None, (string?)null);
        }).ToList());

        foreach (var (name, _, error, _) in results)
        {
            if (error == ErrorCode.None)
            {
                context.Cluster.Platform.DeleteTopic(context.Cluster.Alias, name!);
            }
        }

        if (version >= 1)
        {
            response.WriteInt32(0); // ThrottleTimeMs
        }

        response.WriteArrayLength(results.Count);
        foreach (var (name, id, error, message) in results)
        {
            if (version >= 6)
            {
                response.WriteNullableString(name);
                response.WriteUuid(id);
            }
            else
            {
                response.WriteString(name ?? "");
            }

            response.WriteInt16(error);
            if (version >= 5)
            {
                response.WriteNullableString(message);
            }

            response.WriteEmptyTaggedFields();
        }

        response.WriteEmptyTaggedFields();
    }
}
