using Governance.Simulator.Generation.Schemas;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Generation.Catalog;

/// <summary>A Kafka Streams state store: its changelog (and optionally repartition) topic and the value it holds.</summary>
internal sealed record StateStore(string Name, RecordSpec Value, bool Repartition);

/// <summary>
/// Adds ground-truth applications (microservices, Flink jobs, Kafka Streams apps) and checks that every
/// topic they name exists. Connect and MirrorMaker 2 applications are in <see cref="ConnectApps"/>.
/// </summary>
internal sealed class AppFactory(GenerationContext ctx, DataTopics data)
{
    public AppPlan Microservice(
        ClusterScenario cluster,
        string name,
        IEnumerable<string> inputs,
        IEnumerable<string> outputs,
        GroupMode group = GroupMode.Active,
        bool header = true,
        bool acls = true,
        bool transactional = false,
        int instances = 2,
        string protocol = "range")
    {
        var inputList = Existing(cluster, inputs);
        var outputList = Existing(cluster, outputs);
        var clientId = cluster.Role == ClusterRole.Edge ? $"{name}-{cluster.Alias}" : name;
        return ctx.Add(new AppPlan
        {
            App = new ApplicationScenario
            {
                Name = name,
                Kind = ApplicationKind.Microservice,
                Cluster = cluster.Alias,
                GroupId = group == GroupMode.None || inputList.Count == 0 ? null : name,
                Principal = acls ? $"User:{name}" : null,
                ClientId = clientId,
                TransactionalId = transactional && outputList.Count > 0 ? $"{name}-tx" : null,
                Inputs = inputList,
                Outputs = outputList,
                ProducerHeader = header && outputList.Count > 0 ? name : null,
            },
            Group = inputList.Count == 0 ? GroupMode.None : group,
            Protocol = protocol,
            Instances = instances,
            Acls = acls,
        });
    }

    /// <summary>
    /// A Flink job: its Kafka source uses manual assignment and commits offsets on checkpoints, so its
    /// group has committed offsets but never members (state Empty).
    /// </summary>
    public AppPlan Flink(ClusterScenario cluster, string name, IEnumerable<string> inputs, IEnumerable<string> outputs, bool header)
    {
        var inputList = Existing(cluster, inputs);
        var outputList = Existing(cluster, outputs);
        return ctx.Add(new AppPlan
        {
            App = new ApplicationScenario
            {
                Name = name,
                Kind = ApplicationKind.FlinkJob,
                Cluster = cluster.Alias,
                GroupId = inputList.Count > 0 ? name : null,
                Principal = $"User:{name}",
                ClientId = $"{name}-source",
                TransactionalId = outputList.Count > 0 ? $"{name}-sink" : null,
                Inputs = inputList,
                Outputs = outputList,
                ProducerHeader = header && outputList.Count > 0 ? name : null,
            },
            Group = inputList.Count > 0 ? GroupMode.Empty : GroupMode.None,
            Protocol = "",
        });
    }

    /// <summary>
    /// A Kafka Streams app: group = application.id, internal topics <c>&lt;application.id&gt;-&lt;store&gt;-changelog</c>
    /// and <c>-repartition</c> (whose values the AVRO serde registers as subjects too). It reads back its
    /// repartition topics, so they are inputs as well as outputs. Streams adds no producer header.
    /// </summary>
    public AppPlan Streams(ClusterScenario cluster, string applicationId, IEnumerable<string> inputs, IEnumerable<string> outputs, IReadOnlyList<StateStore> stores, string owner, string domain)
    {
        var inputList = Existing(cluster, inputs);
        var outputList = Existing(cluster, outputs);
        var partitions = inputList.Select(t => ctx.Topic(cluster, t).Topic.Partitions.Count).DefaultIfEmpty(1).Max();
        var volume = inputList.Sum(t => ctx.Topic(cluster, t).EventsPerDay);
        foreach (var store in stores)
        {
            var prefix = $"{applicationId}-{store.Name}";
            var changelog = $"{prefix}-changelog";
            TopicFactory.Create(ctx, cluster, changelog, new TopicSpec
            {
                Partitions = partitions,
                EventsPerDay = volume / 4,
                Compacted = true,
                Role = TopicRole.StreamsInternal,
                Owner = owner,
                Domain = domain,
            }).Value = data.Standalone($"{changelog}-value", store.Value, SchemaFormat.Avro, new SubjectOptions(owner, domain) { EmailCondition = false });
            outputList.Add(changelog);
            if (store.Repartition)
            {
                var repartition = $"{prefix}-repartition";
                TopicFactory.Create(ctx, cluster, repartition, new TopicSpec
                {
                    Partitions = partitions,
                    EventsPerDay = volume,
                    RetentionDays = null,
                    Role = TopicRole.StreamsInternal,
                    Owner = owner,
                    Domain = domain,
                    Configs = new Dictionary<string, string> { ["segment.bytes"] = "52428800" },
                }).Value = data.Standalone($"{repartition}-value", store.Value, SchemaFormat.Avro, new SubjectOptions(owner, domain) { EmailCondition = false });
                outputList.Add(repartition);
                inputList.Add(repartition);
            }
        }

        return ctx.Add(new AppPlan
        {
            App = new ApplicationScenario
            {
                Name = applicationId,
                Kind = ApplicationKind.StreamsApp,
                Cluster = cluster.Alias,
                GroupId = applicationId,
                Principal = $"User:{applicationId}",
                ClientId = $"{applicationId}-{ctx.NextGuid()}-StreamThread-1-consumer",
                Inputs = inputList,
                Outputs = outputList,
            },
            Group = GroupMode.Active,
            Protocol = "stream",
            Instances = 2,
            InternalTopicPrefix = applicationId,
        });
    }

    internal List<string> Existing(ClusterScenario cluster, IEnumerable<string> topics)
    {
        var list = topics.Distinct(StringComparer.Ordinal).ToList();
        foreach (var topic in list)
        {
            _ = ctx.Topic(cluster, topic);
        }

        return list;
    }
}
