using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Collector.Identity;
using Governance.Collector.Outbox;
using Governance.Model.Platform;
using Governance.Simulator.Generation;
using Governance.Simulator.Hosting;
using Governance.Simulator.Scenario;
using Microsoft.Extensions.DependencyInjection;
using static Governance.EndToEnd.Tests.PortalReads;

namespace Governance.EndToEnd.Tests;

/// <summary>Lag, outages, partial scans and identity, through the whole path.</summary>
public sealed class CollectorBehaviourTests
{
    private static PlatformScenario Scenario() =>
        RetailScenarioGenerator.Generate(new RetailScenarioOptions { Seed = 11, Size = ScenarioSize.Tiny, Stores = 1 });

    [Fact]
    public async Task Lag_per_partition_and_the_verdict_follow_the_offsets_between_scans()
    {
        var scenario = Scenario();
        var cloud = scenario.Clusters.Single(c => c.Role == ClusterRole.Cloud);
        var group = cloud.Groups.First(g => g.State == "Stable" && g.Members.Count > 0
            && g.Offsets.Any(o => Partition(cloud, o).LogEndOffset - o.Offset >= 10)
            && g.GroupId != EvidenceCases.StalledConsumer);
        await using var platform = await RunningPlatform.StartAsync(scenario);
        await using var portal = new PortalServer();
        await using var collector = new CollectorRunner(platform, portal.Address, PortalServer.ApiKey).With("Lag:WindowSize", "2");
        await collector.StartAsync();
        using var reader = portal.Reader();
        var ns = ClusterNamespaces.For(cloud.Id);

        await collector.ScanAsync();
        platform.Platform.AdvanceGroupOffsets(cloud.Alias, group.GroupId, 5);
        await collector.ScanAsync();
        await collector.WaitUntilDeliveredAsync();

        var lag = await LagFacetAsync(reader, ns, group.GroupId);
        Assert.Equal("OK", lag.GetProperty("verdict").GetString());
        var expected = platform.Platform.Read(s => s.Cluster(cloud.Alias).Group(group.GroupId)!.Offsets
            .Select(o => (o.Topic, o.Partition, Lag: Partition(s.Cluster(cloud.Alias), o).LogEndOffset - o.Offset))
            .OrderBy(p => p.Topic, StringComparer.Ordinal).ThenBy(p => p.Partition).ToList());
        var actual = lag.GetProperty("partitions").EnumerateArray()
            .Select(p => (p.GetProperty("topic").GetString()!, p.GetProperty("partition").GetInt32(), p.GetProperty("lag").GetInt64()))
            .OrderBy(p => p.Item1, StringComparer.Ordinal).ThenBy(p => p.Item2).ToList();
        Assert.Equal(expected, actual);

        // New records arrive while the group's offsets stand still: a group with members is stalled.
        foreach (var topic in group.Offsets.Select(o => o.Topic).Distinct())
        {
            platform.Platform.GrowLogEnd(cloud.Alias, topic, 50);
        }

        await collector.ScanAsync();
        await collector.ScanAsync();
        await collector.WaitUntilDeliveredAsync();
        Assert.Equal("STALL", (await LagFacetAsync(reader, ns, group.GroupId)).GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Events_scanned_while_the_portal_is_down_are_all_delivered_once_it_is_up_even_across_a_collector_restart()
    {
        var scenario = Scenario();
        var port = PortalServer.FreePort();
        await using var platform = await RunningPlatform.StartAsync(scenario);
        var folder = Directory.CreateTempSubdirectory("governance-e2e-outage-").FullName;
        var planned = 0;

        await using (var offline = new CollectorRunner(platform, new Uri($"http://127.0.0.1:{port}/"), PortalServer.ApiKey, folder))
        {
            await offline.StartAsync();
            planned += (await offline.ScanAsync()).Plan.Events.Count;
            platform.Platform.AdvanceGroupOffsets("cloud", scenario.Cluster("cloud").Groups.First(g => g.Offsets.Count > 0).GroupId, 1);
            planned += (await offline.ScanAsync()).Plan.Events.Count;
            await WaitForAsync(() => offline.Delivery.ConsecutiveFailures > 0);
            Assert.Equal(planned, offline.Services.GetRequiredService<IOutbox>().PendingCount);
            await offline.StopAsync(); // the collector goes away with everything still in its outbox
        }

        await using var portal = new PortalServer(port);
        await using var restarted = new CollectorRunner(platform, portal.Address, PortalServer.ApiKey, folder);
        await restarted.StartAsync();
        await restarted.WaitUntilDeliveredAsync();
        using var reader = portal.Reader();

        Directory.Delete(folder, recursive: true);
        var stored = await AllRawEventsAsync(reader);
        Assert.Equal(planned, stored.Count);
        Assert.Equal(planned, stored.Select(e => e.GetRawText()).Distinct().Count());
    }

    [Fact]
    public async Task A_registry_outage_makes_scans_partial_and_nothing_is_dropped_until_two_complete_scans_miss_it()
    {
        var scenario = Scenario();
        var cloud = scenario.Clusters.Single(c => c.Role == ClusterRole.Cloud);
        var victim = cloud.Topics.First(t => !t.Internal && t.Name.StartsWith("orders", StringComparison.Ordinal));
        await using var platform = await RunningPlatform.StartAsync(scenario);
        await using var portal = new PortalServer();
        await using var collector = new CollectorRunner(platform, portal.Address, PortalServer.ApiKey)
            .With("Scan:SchemaRegistry:RequestTimeout", "00:00:02").With("Scan:SchemaRegistry:MaxAttempts", "1");
        await collector.StartAsync();
        using var reader = portal.Reader();

        Assert.True((await collector.ScanAsync()).Complete);
        platform.Platform.SetRegistryFault(HttpFault.ServerError);
        platform.Platform.DeleteTopic(cloud.Alias, victim.Name);
        var duringError = await collector.ScanAsync();
        platform.Platform.SetRegistryFault(HttpFault.Timeout);
        var duringTimeout = await collector.ScanAsync();

        Assert.False(duringError.Complete);
        Assert.False(duringTimeout.Complete);
        Assert.Contains(duringError.Clusters.SelectMany(c => c.Problems), p => p.Area == ScanArea.SchemaRegistry);
        Assert.Contains(duringTimeout.Clusters.SelectMany(c => c.Problems), p => p.Area == ScanArea.SchemaRegistry);
        Assert.Equal(0, duringError.Plan.Dropped + duringTimeout.Plan.Dropped);

        platform.Platform.SetRegistryFault(HttpFault.None);
        var firstComplete = await collector.ScanAsync();
        var secondComplete = await collector.ScanAsync();
        await collector.WaitUntilDeliveredAsync();

        Assert.Equal(0, firstComplete.Plan.Dropped);
        Assert.True(secondComplete.Plan.Dropped >= 1);
        var dataset = await DatasetAsync(reader, ClusterNamespaces.For(cloud.Id), victim.Name);
        Assert.True(dataset!.Value.GetProperty("deleted").GetBoolean());
    }

    [Fact]
    public async Task A_flink_job_naming_a_topic_by_any_bootstrap_spelling_lands_on_the_collectors_dataset()
    {
        var scenario = Scenario();
        var cloud = scenario.Clusters.Single(c => c.Role == ClusterRole.Cloud);
        var topic = cloud.Topics.First(t => !t.Internal && t.Name.StartsWith("orders", StringComparison.Ordinal)).Name;
        await using var platform = await RunningPlatform.StartAsync(scenario);
        await using var portal = new PortalServer();
        await using var collector = new CollectorRunner(platform, portal.Address, PortalServer.ApiKey);
        await collector.StartAsync();
        await collector.ScanAsync();
        await collector.WaitUntilDeliveredAsync();
        using var client = portal.Reader();
        client.DefaultRequestHeaders.Authorization = new("Bearer", PortalServer.ApiKey);

        // Every broker of the cloud cluster is a spelling some Flink job may have listed first.
        var spellings = platform.EndpointsOf(cloud.Alias).BootstrapServers.Split(',').Select(s => $"kafka://{s.Trim()}").ToList();
        Assert.True(spellings.Count > 1);
        for (var i = 0; i < spellings.Count; i++)
        {
            var response = await client.PostAsJsonAsync("/api/v1/lineage", FlinkStart($"flink-enricher-{i}", spellings[i], topic));
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        var canonical = $"dataset:{ClusterNamespaces.For(cloud.Id)}:{topic}";
        var graph = await GraphAsync(client, canonical);
        Assert.Single(graph, id => id.StartsWith("dataset:", StringComparison.Ordinal) && id.EndsWith($":{topic}", StringComparison.Ordinal));
        for (var i = 0; i < spellings.Count; i++)
        {
            Assert.Contains($"job:flink_job_namespace:flink-enricher-{i}", graph);
        }
    }

    /// <summary>A START event shaped like the Flink integration's Kafka source events (OpenLineage's flink__expected_kafka.json).</summary>
    private static JsonObject FlinkStart(string job, string ns, string topic) => new()
    {
        ["eventType"] = "START",
        ["eventTime"] = DateTimeOffset.UtcNow.ToString("O"),
        ["producer"] = "https://github.com/OpenLineage/OpenLineage/tree/1.30.0/integration/flink",
        ["schemaURL"] = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
        ["job"] = new JsonObject
        {
            ["namespace"] = "flink_job_namespace",
            ["name"] = job,
            ["facets"] = new JsonObject
            {
                ["jobType"] = new JsonObject
                {
                    ["_producer"] = "https://github.com/OpenLineage/OpenLineage/tree/1.30.0/integration/flink",
                    ["_schemaURL"] = "https://openlineage.io/spec/facets/2-0-3/JobTypeJobFacet.json#/$defs/JobTypeJobFacet",
                    ["processingType"] = "STREAMING",
                    ["jobType"] = "JOB",
                    ["integration"] = "FLINK",
                },
            },
        },
        ["run"] = new JsonObject { ["runId"] = Guid.NewGuid().ToString() },
        ["inputs"] = new JsonArray(new JsonObject { ["namespace"] = ns, ["name"] = topic }),
        ["outputs"] = new JsonArray(),
    };

    private static async Task<JsonElement> LagFacetAsync(HttpClient reader, string ns, string job)
    {
        var runs = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/namespaces/{Segment(ns)}/jobs/{Segment(job)}/runs");
        return runs.GetProperty("runs")[0].GetProperty("facets").GetProperty("governance_consumerLag");
    }

    private static PartitionScenario Partition(ClusterScenario cluster, CommittedOffsetScenario offset) =>
        cluster.Topic(offset.Topic)!.Partitions.Single(p => p.Id == offset.Partition);

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(50);
        }
    }
}
