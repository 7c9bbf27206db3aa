using System.Buffers.Binary;
using System.Text.Json.Nodes;
using Governance.Simulator.Scenario;

namespace Governance.Web.BrowserTests.Journey;

/// <summary>
/// Changes made to the running simulated platform through its control surface, the way they happen
/// on a real one: a team evolves a value schema and starts producing with it, another team deploys a
/// new consumer.
/// </summary>
public static class RetailPlatformChanges
{
    /// <summary>
    /// Registers a new version of the topic's AVRO value subject that appends an optional string field
    /// (a backward-compatible change), keeping the data contract (PII tags, owner, rules) of the current
    /// version, and has the producer write one record with it. The collector describes a topic by the
    /// newest schema its sampled records use, so the record is what makes the new version visible.
    /// </summary>
    /// <returns>The new schema id.</returns>
    public static int EvolveValueSchema(SimulatedPlatform platform, string cluster, string topic, string field, string doc)
    {
        var subject = $"{topic}-value";
        var current = platform.Read(s => s.Cluster(cluster).SchemaRegistry!.Subject(subject)!.Versions.MaxBy(v => v.Version)!);
        var schema = JsonNode.Parse(current.Schema)!.AsObject();
        schema["fields"]!.AsArray().Add(new JsonObject
        {
            ["name"] = field,
            ["type"] = new JsonArray("null", "string"),
            ["doc"] = doc,
            ["default"] = null,
        });

        var id = platform.AddSchemaVersion(cluster, subject, schema.ToJsonString(), current.SchemaType);
        platform.Mutate(s =>
        {
            var added = s.Cluster(cluster).SchemaRegistry!.Subject(subject)!.Versions.Single(v => v.Id == id);
            added.Metadata = current.Metadata?.DeepClone().AsObject();
            added.RuleSet = current.RuleSet?.DeepClone().AsObject();
            ProduceWithSchema(s.Cluster(cluster).Topic(topic)!, id);
        });
        return id;
    }

    /// <summary>
    /// A new consumer group, one member assigned every partition of <paramref name="topic"/>, with
    /// offsets committed just behind the log end: a freshly deployed, healthy consumer.
    /// </summary>
    public static void StartConsumerGroup(SimulatedPlatform platform, string cluster, string groupId, string topic) => platform.Mutate(s =>
    {
        var partitions = s.Cluster(cluster).Topic(topic)!.Partitions;
        s.Cluster(cluster).Groups.Add(new ConsumerGroupScenario
        {
            GroupId = groupId,
            State = "Stable",
            Protocol = "range",
            Members =
            [
                new GroupMemberScenario
                {
                    MemberId = $"{groupId}-{Guid.NewGuid()}",
                    ClientId = groupId,
                    ClientHost = "/10.20.9.1",
                    Assignment = [new TopicPartitionsScenario { Topic = topic, Partitions = partitions.Select(p => p.Id).ToList() }],
                },
            ],
            Offsets = partitions
                .Select(p => new CommittedOffsetScenario { Topic = topic, Partition = p.Id, Offset = Math.Max(p.LogStartOffset, p.LogEndOffset - 1) })
                .ToList(),
        });
    });

    /// <summary>
    /// Appends a record framed with <paramref name="schemaId"/> to the first partition that has one:
    /// a copy of its newest record (same key and headers, so the producer stays recognisable) whose
    /// AVRO payload gains a trailing 0, the union branch "null" of the appended optional field.
    /// </summary>
    private static void ProduceWithSchema(TopicScenario topic, int schemaId)
    {
        var partition = topic.Partitions.First(p => p.Records.Count > 0);
        var template = partition.Records.MaxBy(r => r.Offset)!;
        var value = new byte[template.Value!.Length + 1];
        template.Value.CopyTo(value, 0);
        BinaryPrimitives.WriteInt32BigEndian(value.AsSpan(1, 4), schemaId);
        partition.Records.Add(new SampleRecord
        {
            Offset = partition.LogEndOffset,
            Timestamp = DateTimeOffset.UtcNow,
            Key = template.Key,
            Value = value,
            Headers = template.Headers.Select(h => new SampleHeader { Key = h.Key, Value = h.Value }).ToList(),
        });
        partition.LogEndOffset++;
    }
}
