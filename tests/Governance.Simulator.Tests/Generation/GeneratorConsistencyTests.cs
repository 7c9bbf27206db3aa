using Governance.Simulator.Generation;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Tests.Generation;

/// <summary>The generated platform agrees with itself: groups, ACLs, connectors and records all match the ground truth.</summary>
public class GeneratorConsistencyTests
{
    public static TheoryData<ScenarioSize> Sizes => [ScenarioSize.Tiny, ScenarioSize.Demo, ScenarioSize.Large];

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Every_committed_offset_lies_within_its_partition(ScenarioSize size)
    {
        foreach (var cluster in GeneratedScenarios.Get(size).Clusters)
        {
            var topics = cluster.Topics.ToDictionary(t => t.Name);
            foreach (var group in cluster.Groups)
            {
                foreach (var offset in group.Offsets)
                {
                    var partition = Assert.Single(topics[offset.Topic].Partitions, p => p.Id == offset.Partition);
                    Assert.InRange(offset.Offset, partition.LogStartOffset, partition.LogEndOffset);
                }

                foreach (var member in group.Members)
                {
                    foreach (var assignment in member.Assignment)
                    {
                        Assert.All(assignment.Partitions, p => Assert.Contains(topics[assignment.Topic].Partitions, x => x.Id == p));
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Every_application_reads_and_writes_existing_topics(ScenarioSize size)
    {
        var scenario = GeneratedScenarios.Get(size);
        foreach (var app in scenario.Applications)
        {
            var cluster = scenario.Cluster(app.Cluster);
            foreach (var input in app.Inputs)
            {
                if (app.Kind == ApplicationKind.Mirror)
                {
                    var (alias, topic) = (input[..input.IndexOf('/')], input[(input.IndexOf('/') + 1)..]);
                    Assert.NotNull(scenario.Cluster(alias).Topic(topic));
                }
                else
                {
                    Assert.True(cluster.Topic(input) is not null, $"{app.Name} reads missing {input} on {cluster.Alias}");
                }
            }

            Assert.All(app.Outputs, output => Assert.True(cluster.Topic(output) is not null, $"{app.Name} writes missing {output}"));
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Every_mirror_replicates_store_topics_to_cloud_topics_named_alias_dot_topic(ScenarioSize size)
    {
        var scenario = GeneratedScenarios.Get(size);
        var cloud = scenario.Cluster("cloud");
        var mirrors = scenario.Applications.Where(a => a.Kind == ApplicationKind.Mirror).ToList();
        Assert.Equal(scenario.Clusters.Count(c => c.Role == ClusterRole.Edge), mirrors.Count);
        foreach (var mirror in mirrors)
        {
            var alias = mirror.Inputs[0].Split('/')[0];
            var sources = mirror.Inputs.Select(i => i.Split('/')[1]).ToList();
            Assert.Equal(sources.Select(s => $"{alias}.{s}"), mirror.Outputs);
            Assert.All(mirror.Outputs, target => Assert.NotNull(cloud.Topic(target)));

            var connector = Assert.Single(cloud.Connect!.Connectors, c => c.Name == $"{mirror.Name}-source");
            Assert.Equal("org.apache.kafka.connect.mirror.MirrorSourceConnector", connector.Config["connector.class"]);
            Assert.Equal(alias, connector.Config["source.cluster.alias"]);
            Assert.Equal("cloud", connector.Config["target.cluster.alias"]);
            Assert.Equal(sources, connector.Config["topics"].Split(','));
            Assert.Equal(mirror.Outputs, connector.Topics);

            // MM2's own topics.
            Assert.NotNull(scenario.Cluster(alias).Topic("mm2-offset-syncs.cloud.internal"));
            Assert.NotNull(cloud.Topic($"{alias}.checkpoints.internal"));
            Assert.NotNull(cloud.Topic("heartbeats"));
            Assert.Contains(cloud.Connect.Connectors, c => c.Class == "org.apache.kafka.connect.mirror.MirrorCheckpointConnector" && c.Config["source.cluster.alias"] == alias);
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Sample_records_sit_near_the_log_end_in_offset_order(ScenarioSize size)
    {
        foreach (var topic in GeneratedScenarios.Get(size).Clusters.SelectMany(c => c.Topics))
        {
            foreach (var partition in topic.Partitions)
            {
                Assert.All(partition.Records, r => Assert.InRange(r.Offset, partition.LogStartOffset, partition.LogEndOffset - 1));
                Assert.Equal(partition.Records.Select(r => r.Offset).Order(), partition.Records.Select(r => r.Offset));
                Assert.Equal(partition.Records.Select(r => r.Timestamp).Order(), partition.Records.Select(r => r.Timestamp));
            }
        }
    }

    [Fact]
    public void Data_partitions_have_a_few_sample_records()
    {
        var orders = GeneratedScenarios.Tiny.Cluster("cloud").Topic("orders.placed.v1")!;

        Assert.All(orders.Partitions, p => Assert.Equal(3, p.Records.Count));
        Assert.All(orders.Partitions, p => Assert.Equal(p.LogEndOffset - 1, p.Records[^1].Offset));
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Topics_are_placed_on_real_brokers_with_unique_ids(ScenarioSize size)
    {
        var scenario = GeneratedScenarios.Get(size);
        foreach (var cluster in scenario.Clusters)
        {
            Assert.Equal(cluster.Topics.Count, cluster.Topics.Select(t => t.Name).Distinct().Count());
            Assert.InRange(cluster.ControllerId, 1, cluster.Brokers);
            foreach (var topic in cluster.Topics)
            {
                Assert.NotEqual(Guid.Empty, topic.TopicId);
                Assert.Equal(Enumerable.Range(0, topic.Partitions.Count), topic.Partitions.Select(p => p.Id));
                Assert.All(topic.Partitions, p =>
                {
                    Assert.Equal(topic.ReplicationFactor, p.Replicas.Count);
                    Assert.Contains(p.Leader, p.Replicas);
                    Assert.All(p.Replicas, r => Assert.InRange(r, 1, cluster.Brokers));
                    Assert.InRange(p.LogStartOffset, 0, p.LogEndOffset);
                });
            }
        }

        Assert.Equal(scenario.Clusters.Sum(c => c.Topics.Count), scenario.Clusters.SelectMany(c => c.Topics).Select(t => t.TopicId).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Every_cluster_has_its_kafka_internal_offsets_topic(ScenarioSize size)
    {
        foreach (var cluster in GeneratedScenarios.Get(size).Clusters)
        {
            var offsets = cluster.Topic("__consumer_offsets");
            Assert.NotNull(offsets);
            Assert.True(offsets.Internal);
            Assert.Equal("compact", offsets.Configs["cleanup.policy"]);
            Assert.DoesNotContain(cluster.Topics, t => t.Internal && t.Name != "__consumer_offsets");
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Master_data_and_streams_changelogs_are_compacted_and_others_have_retention(ScenarioSize size)
    {
        var cloud = GeneratedScenarios.Get(size).Cluster("cloud");

        var articles = cloud.Topic("masterdata.articles.v1")!;
        Assert.Equal("compact", articles.Configs["cleanup.policy"]);
        Assert.All(cloud.Topics.Where(t => t.Name.EndsWith("-changelog", StringComparison.Ordinal)), t => Assert.Equal("compact", t.Configs["cleanup.policy"]));
        Assert.All(cloud.Topics.Where(t => t.Configs["cleanup.policy"] == "delete"), t => Assert.True(t.Configs.ContainsKey("retention.ms")));
        Assert.All(cloud.Topics, t => Assert.Equal("2", t.Configs["min.insync.replicas"]));
        Assert.All(cloud.Topics, t => Assert.Equal(3, t.ReplicationFactor));
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Connect_applications_have_their_connectors(ScenarioSize size)
    {
        var scenario = GeneratedScenarios.Get(size);
        foreach (var app in scenario.Applications.Where(a => a.Kind is ApplicationKind.ConnectSink or ApplicationKind.ConnectSource))
        {
            var cluster = scenario.Cluster(app.Cluster);
            var connector = Assert.Single(cluster.Connect!.Connectors, c => c.Name == app.Name);
            if (app.Kind == ApplicationKind.ConnectSink)
            {
                Assert.Equal("sink", connector.Type);
                Assert.Equal(app.Inputs, connector.Config["topics"].Split(','));
                Assert.Equal(app.Inputs, connector.Topics);
                Assert.Equal($"connect-{app.Name}", app.GroupId);
                Assert.NotEmpty(app.ExternalOutputs);
            }
            else
            {
                Assert.Equal("source", connector.Type);
                Assert.Equal(app.Outputs, connector.Topics);
                Assert.NotEmpty(app.ExternalInputs);
            }

            Assert.Equal(connector.Tasks.Count, int.Parse(connector.Config["tasks.max"], System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Contains(scenario.Applications, a => a.Kind == ApplicationKind.ConnectSource && a.ExternalInputs.Any(e => e.StartsWith("postgres://pos-db.", StringComparison.Ordinal)));
        Assert.Contains(scenario.Applications, a => a.Kind == ApplicationKind.ConnectSink && a.ExternalOutputs.Any(e => e.StartsWith("postgres://warehouse/", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Consumers_have_groups_with_offsets_on_every_input(ScenarioSize size)
    {
        var scenario = GeneratedScenarios.Get(size);
        foreach (var app in scenario.Applications.Where(a => a.GroupId is not null))
        {
            var group = scenario.Cluster(app.Cluster).Group(app.GroupId!);
            Assert.True(group is not null, $"{app.Name} has no group {app.GroupId}");
            Assert.Equal(app.Inputs.Order(), group.Offsets.Select(o => o.Topic).Distinct().Order());
            if (app.Kind == ApplicationKind.FlinkJob)
            {
                Assert.Equal("Empty", group.State);
                Assert.Empty(group.Members);
            }

            if (group.State == "Stable")
            {
                Assert.NotEmpty(group.Members);
                Assert.All(group.Members, m => Assert.StartsWith("/", m.ClientHost, StringComparison.Ordinal));
            }
        }

        var all = scenario.Clusters.SelectMany(c => c.Groups).ToList();
        Assert.Contains(all, g => g.State == "Empty");
        Assert.Contains(all, g => g.ProtocolType == "connect");
        Assert.Contains(all, g => g.Protocol == "stream");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_stalled_consumer_lags_most_of_the_log(ScenarioSize size)
    {
        var scenario = GeneratedScenarios.Get(size);
        var cloud = scenario.Cluster("cloud");
        var group = cloud.Group(EvidenceCases.StalledConsumer)!;

        Assert.Equal("Stable", group.State);
        Assert.NotEmpty(group.Members);
        foreach (var offset in group.Offsets)
        {
            var partition = cloud.Topic(offset.Topic)!.Partitions[offset.Partition];
            Assert.True(partition.LogEndOffset - offset.Offset > (partition.LogEndOffset - partition.LogStartOffset) / 2);
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Acls_grant_what_applications_do(ScenarioSize size)
    {
        var scenario = GeneratedScenarios.Get(size);
        foreach (var app in scenario.Applications.Where(a => a.Principal is not null && a.Kind != ApplicationKind.Mirror))
        {
            var acls = scenario.Cluster(app.Cluster).Acls.Where(a => a.Principal == app.Principal && a.Permission == "Allow").ToList();
            foreach (var input in app.Inputs) Assert.True(Grants(acls, "Topic", input, "Read"), $"{app.Principal} cannot read {input}");
            foreach (var output in app.Outputs) Assert.True(Grants(acls, "Topic", output, "Write"), $"{app.Principal} cannot write {output}");
            if (app.GroupId is not null) Assert.True(Grants(acls, "Group", app.GroupId, "Read"));
            if (app.TransactionalId is not null) Assert.True(Grants(acls, "TransactionalId", app.TransactionalId, "Write"));
        }

        foreach (var mirror in scenario.Applications.Where(a => a.Kind == ApplicationKind.Mirror))
        {
            foreach (var input in mirror.Inputs)
            {
                var (alias, topic) = (input.Split('/')[0], input.Split('/')[1]);
                Assert.True(Grants(scenario.Cluster(alias).Acls.Where(a => a.Principal == mirror.Principal).ToList(), "Topic", topic, "Read"));
            }

            Assert.All(mirror.Outputs, output => Assert.True(Grants(scenario.Cluster("cloud").Acls.Where(a => a.Principal == mirror.Principal).ToList(), "Topic", output, "Write")));
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Producer_headers_name_the_application_on_its_records(ScenarioSize size)
    {
        var scenario = GeneratedScenarios.Get(size);
        foreach (var app in scenario.Applications.Where(a => a.ProducerHeader is not null))
        {
            var records = app.Outputs
                .SelectMany(o => scenario.Cluster(app.Cluster).Topic(o)!.Partitions)
                .SelectMany(p => p.Records)
                .ToList();
            if (records.Count == 0) continue;
            Assert.Contains(records, r => r.Headers.Any(h => h.Key == "app-id" && System.Text.Encoding.UTF8.GetString(h.Value!) == app.ProducerHeader));
        }

        // No record claims an application that is not a producer of its topic (replicas keep the edge producer's header).
        var producers = scenario.Applications.Where(a => a.ProducerHeader is not null)
            .SelectMany(a => a.Outputs.Select(o => (a.Cluster, Topic: o, Header: a.ProducerHeader!)))
            .ToHashSet();
        foreach (var cluster in scenario.Clusters)
        {
            foreach (var topic in cluster.Topics)
            {
                var mirror = scenario.Applications.FirstOrDefault(a => a.Kind == ApplicationKind.Mirror && a.Outputs.Contains(topic.Name));
                var (origin, name) = mirror is null ? (cluster.Alias, topic.Name) : (topic.Name[..topic.Name.IndexOf('.')], topic.Name[(topic.Name.IndexOf('.') + 1)..]);
                foreach (var header in topic.Partitions.SelectMany(p => p.Records).SelectMany(r => r.Headers).Where(h => h.Key == "app-id"))
                {
                    Assert.Contains((origin, name, System.Text.Encoding.UTF8.GetString(header.Value!)), producers);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Deliberately_evidence_less_applications_leave_only_what_is_documented(ScenarioSize size)
    {
        var scenario = GeneratedScenarios.Get(size);
        var cloud = scenario.Cluster("cloud");

        var legacy = Assert.Single(scenario.Applications, a => a.Name == EvidenceCases.LegacyPriceFeed);
        Assert.Null(legacy.Principal);
        Assert.Null(legacy.GroupId);
        Assert.Null(legacy.ProducerHeader);
        Assert.DoesNotContain(cloud.Acls, a => a.Principal == $"User:{EvidenceCases.LegacyPriceFeed}");
        var prices = cloud.Topic("pricing.price-updates.v1")!;
        Assert.All(prices.Partitions.SelectMany(p => p.Records), r => Assert.Empty(r.Headers));
        Assert.Null(scenario.Registry().Subject("pricing.price-updates.v1-value"));

        if (size == ScenarioSize.Tiny) return;
        var headerOnly = Assert.Single(scenario.Applications, a => a.Name == EvidenceCases.HeaderOnlyProducer);
        Assert.Null(headerOnly.Principal);
        Assert.NotNull(headerOnly.ProducerHeader);
        var aclOnly = Assert.Single(scenario.Applications, a => a.Name == EvidenceCases.AclOnlyConsumer);
        Assert.Null(aclOnly.GroupId);
        Assert.Contains(cloud.Acls, a => a.Principal == aclOnly.Principal && a.Permission == "Allow");
        Assert.Contains(cloud.Acls, a => a.Principal == aclOnly.Principal && a.Permission == "Deny");
    }

    private static bool Grants(List<AclScenario> acls, string type, string name, string operation) =>
        acls.Any(a => a.ResourceType == type
            && (a.Operation == operation || a.Operation == "All")
            && (a.PatternType == "Literal" ? a.ResourceName == name || a.ResourceName == "*" : name.StartsWith(a.ResourceName, StringComparison.Ordinal)));
}
