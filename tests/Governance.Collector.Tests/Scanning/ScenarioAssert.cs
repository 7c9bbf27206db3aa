using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Collector.Kafka;
using Governance.Model.Platform;
using Governance.Simulator.Scenario;

namespace Governance.Collector.Tests.Scanning;

/// <summary>Asserts that a snapshot says exactly what its scenario says, area by area.</summary>
internal static class ScenarioAssert
{
    /// <summary>Kafka's defaults for the three configs the collector always keeps (as the simulator reports them).</summary>
    private static readonly Dictionary<string, string> KeptDefaults = new()
    {
        ["cleanup.policy"] = "delete",
        ["retention.ms"] = "604800000",
        ["min.insync.replicas"] = "1",
    };

    public static void Snapshot(ClusterScenario expected, ClusterSnapshot actual, SamplingOptions sampling)
    {
        Assert.True(actual.Completeness.IsComplete, $"{expected.Alias}: {string.Join(" | ", actual.Completeness.Problems)}");
        Identity(expected, actual);
        Topics(expected, actual, sampling);
        Groups(expected, actual);
        Acls(expected, actual);
        Registry(expected.SchemaRegistry, actual.SchemaRegistry);
        Connect(expected.Connect, actual.Connect);
    }

    public static void Identity(ClusterScenario expected, ClusterSnapshot actual)
    {
        Assert.Equal(expected.Alias, actual.Identity.Alias);
        Assert.Equal(expected.Id, actual.Identity.ClusterId);
        Assert.Equal(Enumerable.Range(1, expected.Brokers), actual.Brokers.Select(b => b.Id));
        Assert.All(actual.Brokers, b => Assert.Contains($"{b.Host}:{b.Port}", actual.Identity.BootstrapServers));
    }

    public static void Topics(ClusterScenario expected, ClusterSnapshot actual, SamplingOptions? sampling)
    {
        Assert.Equal(expected.Topics.Select(t => t.Name).Order(StringComparer.Ordinal), actual.Topics.Select(t => t.Name));
        foreach (var topic in expected.Topics)
        {
            var seen = actual.Topics.Single(t => t.Name == topic.Name);
            Assert.True(topic.Internal == seen.IsInternal, $"{topic.Name}: internal flag");
            Assert.True(topic.ReplicationFactor == seen.ReplicationFactor, $"{topic.Name}: replication factor {seen.ReplicationFactor}");
            Assert.Equal(
                topic.Partitions.OrderBy(p => p.Id).Select(p => (p.Id, p.Leader, string.Join(",", p.Replicas), string.Join(",", p.Isr), (long?)p.LogStartOffset, (long?)p.LogEndOffset)),
                seen.Partitions.Select(p => (p.Id, p.Leader, string.Join(",", p.Replicas), string.Join(",", p.InSyncReplicas), p.LowWatermark, p.HighWatermark)));

            var configs = new Dictionary<string, string>(KeptDefaults);
            foreach (var (key, value) in topic.Configs)
            {
                configs[key] = value;
            }

            Assert.NotNull(seen.Configs);
            Assert.Equal(configs.OrderBy(c => c.Key, StringComparer.Ordinal), seen.Configs.OrderBy(c => c.Key, StringComparer.Ordinal));

            if (sampling is not null)
            {
                Assert.Equal(ExpectedSamples(topic, sampling).Select(Describe), seen.Samples.Select(Describe));
            }
        }
    }

    /// <summary>The sampler's contract: for each of the first N non-empty partitions, the records from <c>high − N</c> on, at most N.</summary>
    public static IEnumerable<SampledRecord> ExpectedSamples(TopicScenario topic, SamplingOptions sampling)
    {
        if (topic.Internal && !sampling.IncludeInternalTopics)
        {
            return [];
        }

        return topic.Partitions
            .Where(p => p.LogEndOffset > p.LogStartOffset)
            .OrderBy(p => p.Id)
            .Take(sampling.MaxPartitionsPerTopic)
            .SelectMany(p =>
            {
                var start = Math.Max(p.LogStartOffset, p.LogEndOffset - sampling.RecordsPerPartition);
                return p.Records
                    .Where(r => r.Offset >= start)
                    .OrderBy(r => r.Offset)
                    .Take(sampling.RecordsPerPartition)
                    .Select(r => new SampledRecord(
                        p.Id,
                        r.Offset,
                        r.Timestamp,
                        ConfluentWireFormat.TryGetSchemaId(r.Key),
                        ConfluentWireFormat.TryGetSchemaId(r.Value),
                        r.Headers.GroupBy(h => h.Key).ToDictionary(g => g.Key, g => KafkaModelMapper.HeaderText(g.Last().Value, sampling.MaxHeaderValueLength))));
            });
    }

    private static string Describe(SampledRecord r) =>
        $"{r.Partition}@{r.Offset} {r.Timestamp.ToUnixTimeMilliseconds()} key={r.KeySchemaId} value={r.ValueSchemaId} {string.Join(";", r.Headers.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => $"{h.Key}={h.Value}"))}";

    public static void Groups(ClusterScenario expected, ClusterSnapshot actual)
    {
        Assert.Equal(expected.Groups.Select(g => g.GroupId).Order(StringComparer.Ordinal), actual.Groups.Select(g => g.GroupId));
        foreach (var group in expected.Groups)
        {
            var seen = actual.Groups.Single(g => g.GroupId == group.GroupId);
            Assert.Equal((group.GroupId, group.State, group.ProtocolType, group.Protocol), (seen.GroupId, seen.State, seen.ProtocolType, seen.Protocol));
            var consumer = group.ProtocolType is "consumer" or "";
            Assert.Equal(
                group.Members.OrderBy(m => m.MemberId, StringComparer.Ordinal).Select(m => (m.MemberId, m.ClientId, m.ClientHost,
                    consumer ? string.Join(",", m.Assignment.SelectMany(a => a.Partitions.Select(p => $"{a.Topic}/{p}")).Order(StringComparer.Ordinal)) : "")),
                seen.Members.Select(m => (m.MemberId, m.ClientId, m.Host, string.Join(",", m.Assignment.Select(a => $"{a.Topic}/{a.Partition}").Order(StringComparer.Ordinal)))));
            Assert.Equal(
                group.Offsets.Select(o => new CommittedOffset(o.Topic, o.Partition, o.Offset)).OrderBy(o => o.Topic, StringComparer.Ordinal).ThenBy(o => o.Partition),
                seen.Offsets);
        }
    }

    public static void Acls(ClusterScenario expected, ClusterSnapshot actual)
    {
        Assert.NotNull(actual.Acls);
        Assert.Equal(
            expected.Acls.Select(a => new AclBindingInfo(a.ResourceType, a.ResourceName, a.PatternType, a.Principal, a.Host, a.Operation, a.Permission)).OrderBy(a => a.ToString(), StringComparer.Ordinal),
            actual.Acls.OrderBy(a => a.ToString(), StringComparer.Ordinal));
    }

    public static void Registry(SchemaRegistryScenario? expected, SchemaRegistrySnapshot? actual)
    {
        if (expected is null)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        Assert.Equal(expected.Compatibility, actual.GlobalCompatibility);
        var live = expected.Subjects.Where(s => !s.Deleted).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(live.Select(s => s.Name), actual.Subjects.Select(s => s.Name));
        foreach (var subject in live)
        {
            var seen = actual.Subjects.Single(s => s.Name == subject.Name);
            Assert.True(subject.Compatibility == seen.Compatibility, $"{subject.Name}: compatibility {seen.Compatibility}");
            Assert.Equal(subject.Versions.Select(v => v.Version).Order(), seen.Versions.Select(v => v.Version));
            foreach (var version in subject.Versions)
            {
                var v = seen.Versions.Single(x => x.Version == version.Version);
                Assert.Equal((version.Id, version.SchemaType, version.Schema), (v.Id, v.SchemaType, v.Schema));
                Assert.Equal(version.References.Select(r => new SchemaReferenceInfo(r.Name, r.Subject, r.Version)), v.References);
                Json(version.Metadata, v.Metadata, $"{subject.Name} v{version.Version} metadata");
                Json(version.RuleSet, v.RuleSet, $"{subject.Name} v{version.Version} ruleSet");
            }
        }
    }

    private static void Json(JsonObject? expected, JsonElement? actual, string what)
    {
        if (expected is null)
        {
            Assert.True(actual is null, $"{what}: expected none, got {actual}");
            return;
        }

        Assert.True(actual is not null, $"{what}: missing");
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(actual.Value.GetRawText())), $"{what}: {expected.ToJsonString()} != {actual.Value.GetRawText()}");
    }

    public static void Connect(ConnectClusterScenario? expected, ConnectSnapshot? actual)
    {
        if (expected is null)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        Assert.Equal(expected.Connectors.Select(c => c.Name).Order(StringComparer.Ordinal), actual.Connectors.Select(c => c.Name));
        foreach (var connector in expected.Connectors)
        {
            var seen = actual.Connectors.Single(c => c.Name == connector.Name);
            Assert.Equal((connector.Type, connector.Class, connector.State), (seen.Type, seen.Class, seen.State));
            Assert.Equal(connector.Topics.Order(StringComparer.Ordinal), seen.Topics);
            Assert.Equal(connector.Tasks.OrderBy(t => t.Id).Select(t => t.State), seen.TaskStates);
            // Connect adds the connector's name to the configuration it returns.
            var config = new Dictionary<string, string>(connector.Config) { ["name"] = connector.Name };
            Assert.Equal(SecretRedaction.Redact(config).OrderBy(c => c.Key, StringComparer.Ordinal), seen.Config.OrderBy(c => c.Key, StringComparer.Ordinal));
        }
    }
}
