using System.Text.RegularExpressions;
using Governance.Simulator.Kafka.Cluster;
using Governance.Simulator.Kafka.Protocol;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>
/// CreateTopics (19) v0–7: validates like Kafka (legal names, no duplicates, partitions and
/// replication factor or an explicit assignment, replication factor within the brokers, known config
/// names) and adds the topics to the scenario with fresh topic ids, empty logs and leaders spread
/// round-robin. Any broker accepts it, as KRaft brokers forward it to the controller.
/// </summary>
internal sealed partial class CreateTopicsHandler : SyncApiHandler
{
    private const int MaxNameLength = 249;

    public override ApiKey Key => ApiKey.CreateTopics;

    public override short MinVersion => 0;

    public override short MaxVersion => 7;

    private sealed record TopicRequest(
        string Name,
        int NumPartitions,
        short ReplicationFactor,
        List<(int Partition, List<int> Brokers)> Assignments,
        List<(string Name, string? Value)> Configs);

    private sealed record TopicResult(string Name, Guid TopicId, short Error, string? Message, TopicScenario? Created);

    protected override void Handle(RequestContext context, ref KafkaReader request, KafkaWriter response)
    {
        var version = context.ApiVersion;
        var topics = ReadTopics(ref request);
        request.ReadInt32(); // TimeoutMs: creation is immediate here
        var validateOnly = version >= 1 && request.ReadBool();
        request.SkipTaggedFields();

        List<TopicResult> results = [];
        if (validateOnly)
        {
            context.Cluster.Read(index => results = Create(index, topics, apply: false));
        }
        else
        {
            context.Cluster.Mutate(index => results = Create(index, topics, apply: true));
        }

        if (version >= 2)
        {
            response.WriteInt32(0); // ThrottleTimeMs
        }

        response.WriteArrayLength(results.Count);
        foreach (var result in results)
        {
            WriteResult(response, result, version);
        }

        response.WriteEmptyTaggedFields();
    }

    private static List<TopicRequest> ReadTopics(ref KafkaReader request)
    {
        var count = request.ReadArrayLength();
        var topics = new List<TopicRequest>(Math.Max(count, 0));
        for (var i = 0; i < count; i++)
        {
            var name = request.ReadString();
            var numPartitions = request.ReadInt32();
            var replicationFactor = request.ReadInt16();
            var assignmentCount = request.ReadArrayLength();
            var assignments = new List<(int, List<int>)>(Math.Max(assignmentCount, 0));
            for (var a = 0; a < assignmentCount; a++)
            {
                var partition = request.ReadInt32();
                var brokers = request.ReadInt32Array();
                request.SkipTaggedFields();
                assignments.Add((partition, brokers));
            }

            var configCount = request.ReadArrayLength();
            var configs = new List<(string, string?)>(Math.Max(configCount, 0));
            for (var c = 0; c < configCount; c++)
            {
                var configName = request.ReadString();
                var value = request.ReadNullableString();
                request.SkipTaggedFields();
                configs.Add((configName, value));
            }

            request.SkipTaggedFields();
            topics.Add(new TopicRequest(name, numPartitions, replicationFactor, assignments, configs));
        }

        return topics;
    }

    private static List<TopicResult> Create(ClusterIndex index, List<TopicRequest> topics, bool apply)
    {
        var results = new List<TopicResult>(topics.Count);
        var duplicates = topics.GroupBy(t => t.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        foreach (var topic in topics)
        {
            if (duplicates.Contains(topic.Name))
            {
                results.Add(Failed(topic, ErrorCode.InvalidRequest, $"Create topics request from client contains multiple topics with name '{topic.Name}'."));
                continue;
            }

            var (error, message, created) = Build(index, topic);
            if (error != ErrorCode.None)
            {
                results.Add(Failed(topic, error, message));
                continue;
            }

            if (apply)
            {
                index.Cluster.Topics.Add(created!);
            }

            results.Add(new TopicResult(topic.Name, created!.TopicId, ErrorCode.None, null, created));
        }

        return results;
    }

    private static TopicResult Failed(TopicRequest topic, short error, string? message) => new(topic.Name, Guid.Empty, error, message, null);

    private static (short Error, string? Message, TopicScenario? Created) Build(ClusterIndex index, TopicRequest request)
    {
        if (request.Name.Length == 0 || request.Name.Length > MaxNameLength || request.Name is "." or ".." || !LegalName().IsMatch(request.Name))
        {
            return (ErrorCode.InvalidTopic, $"Topic name '{request.Name}' is illegal: it must be 1-{MaxNameLength} characters of [a-zA-Z0-9._-], and not '.' or '..'.", null);
        }

        // The index may predate topics created earlier in this same request, so look at the list too.
        if (index.Topic(request.Name) is not null || index.Cluster.Topics.Exists(t => t.Name == request.Name))
        {
            return (ErrorCode.TopicAlreadyExists, $"Topic '{request.Name}' already exists.", null);
        }

        var configs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in request.Configs)
        {
            if (value is null)
            {
                return (ErrorCode.InvalidRequest, $"Null value not supported for topic configs: {name}", null);
            }

            if (!ConfigCatalog.IsTopicConfig(name))
            {
                return (ErrorCode.InvalidConfig, $"Unknown topic config name: {name}", null);
            }

            configs[name] = value;
        }

        var (error, message, replicas) = request.Assignments.Count > 0
            ? FromAssignments(index, request)
            : RoundRobin(index, request);
        if (error != ErrorCode.None)
        {
            return (error, message, null);
        }

        var topic = new TopicScenario
        {
            Name = request.Name,
            ReplicationFactor = (short)replicas![0].Count,
            Configs = configs,
            TopicId = Guid.NewGuid(),
            Partitions = replicas.Select((brokers, id) => new PartitionScenario
            {
                Id = id,
                Leader = brokers[0],
                Replicas = [.. brokers],
                Isr = [.. brokers],
            }).ToList(),
        };
        return (ErrorCode.None, null, topic);
    }

    private static (short, string?, List<List<int>>?) FromAssignments(ClusterIndex index, TopicRequest request)
    {
        if (request.NumPartitions != -1 || request.ReplicationFactor != -1)
        {
            return (ErrorCode.InvalidRequest, "Both numPartitions or replicationFactor and replicasAssignments were set. Both cannot be used at the same time.", null);
        }

        var ordered = request.Assignments.OrderBy(a => a.Partition).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var (partition, brokers) = ordered[i];
            if (partition != i)
            {
                return (ErrorCode.InvalidReplicaAssignment, "Partitions should be a consecutive 0-based integer sequence.", null);
            }

            if (brokers.Count == 0 || brokers.Distinct().Count() != brokers.Count || !brokers.TrueForAll(index.IsBroker))
            {
                return (ErrorCode.InvalidReplicaAssignment, $"Invalid replica assignment for partition {partition}: {string.Join(",", brokers)}.", null);
            }
        }

        return (ErrorCode.None, null, ordered.Select(a => a.Brokers).ToList());
    }

    private static (short, string?, List<List<int>>?) RoundRobin(ClusterIndex index, TopicRequest request)
    {
        var partitions = request.NumPartitions == -1 ? ConfigCatalog.DefaultPartitions : request.NumPartitions;
        var replicationFactor = request.ReplicationFactor == -1 ? ConfigCatalog.DefaultReplicationFactor(index.BrokerCount) : request.ReplicationFactor;
        if (partitions <= 0)
        {
            return (ErrorCode.InvalidPartitions, "Number of partitions was set to an invalid non-positive value.", null);
        }

        if (replicationFactor <= 0)
        {
            return (ErrorCode.InvalidReplicationFactor, "Replication factor must be larger than 0, or -1 to use the default value.", null);
        }

        if (replicationFactor > index.BrokerCount)
        {
            return (ErrorCode.InvalidReplicationFactor,
                $"Unable to replicate the partition {replicationFactor} time(s): The target replication factor of {replicationFactor} cannot be reached because only {index.BrokerCount} broker(s) are registered.", null);
        }

        // Start at a broker derived from the name so that leaders of different topics spread out.
        var first = (ClusterIndex.JavaHashCode(request.Name) & 0x7FFFFFFF) % index.BrokerCount;
        var assignment = new List<List<int>>(partitions);
        for (var p = 0; p < partitions; p++)
        {
            var brokers = new List<int>(replicationFactor);
            for (var r = 0; r < replicationFactor; r++)
            {
                brokers.Add(((first + p + r) % index.BrokerCount) + 1);
            }

            assignment.Add(brokers);
        }

        return (ErrorCode.None, null, assignment);
    }

    private static void WriteResult(KafkaWriter response, TopicResult result, short version)
    {
        response.WriteString(result.Name);
        if (version >= 7)
        {
            response.WriteUuid(result.TopicId);
        }

        response.WriteInt16(result.Error);
        if (version >= 1)
        {
            response.WriteNullableString(result.Message);
        }

        if (version >= 5)
        {
            // Since v5 (KIP-525) the result also describes the created topic and its configs.
            var topic = result.Created;
            response.WriteInt32(topic?.Partitions.Count ?? -1);
            response.WriteInt16(topic?.ReplicationFactor ?? -1);
            if (topic is null)
            {
                response.WriteArrayLength(-1);
            }
            else
            {
                var configs = ConfigCatalog.TopicConfigs(topic, includeSynonyms: false);
                response.WriteArrayLength(configs.Count);
                foreach (var config in configs)
                {
                    response.WriteString(config.Name);
                    response.WriteNullableString(config.Value);
                    response.WriteBool(config.ReadOnly);
                    response.WriteInt8(config.Source);
                    response.WriteBool(config.Sensitive);
                    response.WriteEmptyTaggedFields();
                }
            }
        }

        response.WriteEmptyTaggedFields();
    }

    [GeneratedRegex("^[a-zA-Z0-9._-]+$")]
    private static partial Regex LegalName();
}
