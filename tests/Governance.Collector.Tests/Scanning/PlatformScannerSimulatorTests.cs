using System.Diagnostics;
using Governance.Collector.Scanning;
using Governance.Model.Platform;
using Governance.Simulator.Scenario;
using Xunit.Abstractions;

namespace Governance.Collector.Tests.Scanning;

/// <summary>The real Confluent.Kafka client and our HTTP clients against the simulated platform (hand-built scenarios).</summary>
public sealed class PlatformScannerSimulatorTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_hand_built_store_is_read_exactly()
    {
        var scenario = HandBuiltScenarios.Store();
        await using var harness = await SimulatedPlatformHarness.StartAsync(scenario, output);
        var progress = new List<ScanProgress>();

        var results = await harness.Scanner.ScanWithTimingsAsync(CancellationToken.None, new SyncProgress<ScanProgress>(progress.Add));

        var result = Assert.Single(results);
        var snapshot = result.Snapshot;
        ScenarioAssert.Snapshot(scenario.Cluster("store-0001"), snapshot, harness.Options.Sampling);

        // Spot checks of what the generic comparison covers, readable here.
        var receipts = snapshot.Topics.Single(t => t.Name == "pos.receipts");
        Assert.Equal(["0@12", "0@13", "0@14", "1@0", "1@1"], receipts.Samples.Select(s => $"{s.Partition}@{s.Offset}"));
        Assert.Equal(102, receipts.Samples[^1].ValueSchemaId);
        Assert.Equal("pos-gateway-v2", receipts.Samples[^1].Headers["producer"]);
        Assert.Equal(["97", "99"], snapshot.Topics.Single(t => t.Name == "inventory.stock").Samples.Select(s => s.Offset.ToString()));
        Assert.Empty(snapshot.Topics.Single(t => t.Name == "__consumer_offsets").Samples);
        Assert.Equal("zstd", receipts.Configs!["compression.type"]);
        Assert.Contains(snapshot.Acls!, a => a is { ResourceType: "TransactionalId", ResourceName: "stock-keeper-tx" });
        Assert.Contains(snapshot.Acls!, a => a is { ResourceType: "Cluster", Permission: "Deny", Host: "10.0.0.1" });
        Assert.Equal("connect", snapshot.Groups.Single(g => g.GroupId == "connect-store").ProtocolType);
        Assert.Equal("[redacted]", snapshot.Connect!.Connectors.Single(c => c.Name == "pos-db-source").Config["database.password"]);

        // Progress and timings: every phase reported, the cluster last.
        foreach (var area in Enum.GetValues<ScanArea>())
        {
            Assert.Contains(progress, p => p.Phase == area && p.State == ScanPhaseState.Completed);
            Assert.True(result.PhaseTimings.ContainsKey(area), $"{area} timing");
        }

        Assert.Equal((null, ScanPhaseState.Completed), (progress[^1].Phase, progress[^1].State));
        Assert.DoesNotContain(harness.Logs.Lines, l => l.Contains("pg-secret-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Registry_500_is_a_registry_problem_and_the_rest_is_intact()
    {
        var scenario = HandBuiltScenarios.Store();
        await using var harness = await SimulatedPlatformHarness.StartAsync(scenario, output);
        harness.Platform.SetRegistryFault(HttpFault.ServerError);

        var snapshot = Assert.Single(await harness.Scanner.ScanAsync());

        Assert.Null(snapshot.SchemaRegistry);
        var problem = Assert.Single(snapshot.Completeness.Problems);
        Assert.Equal(ScanArea.SchemaRegistry, problem.Area);
        Assert.Contains("HTTP 500", problem.Message);
        AssertEverythingButRegistry(scenario.Cluster("store-0001"), snapshot, harness);

        harness.Platform.SetRegistryFault(HttpFault.None);
        snapshot = Assert.Single(await harness.Scanner.ScanAsync());
        ScenarioAssert.Snapshot(scenario.Cluster("store-0001"), snapshot, harness.Options.Sampling);
    }

    [Fact]
    public async Task Registry_timeout_is_a_registry_problem_within_the_bounded_retries()
    {
        var scenario = HandBuiltScenarios.Store();
        await using var harness = await SimulatedPlatformHarness.StartAsync(scenario, output);
        harness.Platform.SetRegistryFault(HttpFault.Timeout);
        harness.Options.Scan.SchemaRegistry.RequestTimeout = TimeSpan.FromMilliseconds(500);
        harness.Options.Scan.SchemaRegistry.MaxAttempts = 2;
        var clock = Stopwatch.StartNew();

        var snapshot = Assert.Single(await harness.Scanner.ScanAsync());

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Null(snapshot.SchemaRegistry);
        var problem = Assert.Single(snapshot.Completeness.Problems);
        Assert.Equal(ScanArea.SchemaRegistry, problem.Area);
        Assert.Contains("no answer within", problem.Message);
        AssertEverythingButRegistry(scenario.Cluster("store-0001"), snapshot, harness);
    }

    [Fact]
    public async Task Connect_500_is_a_connect_problem_and_the_rest_is_intact()
    {
        var scenario = HandBuiltScenarios.Store();
        await using var harness = await SimulatedPlatformHarness.StartAsync(scenario, output);
        harness.Platform.SetConnectFault(HttpFault.ServerError);

        var snapshot = Assert.Single(await harness.Scanner.ScanAsync());

        Assert.Null(snapshot.Connect);
        var problem = Assert.Single(snapshot.Completeness.Problems);
        Assert.Equal(ScanArea.Connect, problem.Area);
        Assert.Contains("HTTP 500", problem.Message);
        var cluster = scenario.Cluster("store-0001");
        ScenarioAssert.Topics(cluster, snapshot, harness.Options.Sampling);
        ScenarioAssert.Groups(cluster, snapshot);
        ScenarioAssert.Acls(cluster, snapshot);
        ScenarioAssert.Registry(cluster.SchemaRegistry, snapshot.SchemaRegistry);
    }

    [Fact]
    public async Task Broker_connections_dropped_during_the_scan_are_survived()
    {
        var scenario = HandBuiltScenarios.Store();
        await using var harness = await SimulatedPlatformHarness.StartAsync(scenario, output);
        var cluster = scenario.Cluster("store-0001");
        ScenarioAssert.Snapshot(cluster, Assert.Single(await harness.Scanner.ScanAsync()), harness.Options.Sampling);

        // Drop every client connection repeatedly while later scans run (the admin client is long-lived and
        // reconnects); each round drops at other moments, so that every phase gets hit in some round.
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("COLLECTOR_DROP_ROUNDS"), out var n) ? n : 3;
        for (var round = 0; round < rounds; round++)
        {
            using var stop = new CancellationTokenSource();
            var drops = 0;
            var random = new Random(round);
            var scan = harness.Scanner.ScanAsync();
            harness.Platform.DropConnections("store-0001");
            drops++;
            var dropper = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    await Task.Delay(random.Next(5, 50), stop.Token);
                    harness.Platform.DropConnections("store-0001");
                    drops++;
                }
            });

            var snapshot = Assert.Single(await scan);
            await stop.CancelAsync();
            await dropper.ContinueWith(_ => { }, TaskScheduler.Default);

            output.WriteLine($"round {round}: {drops} connection drops during the scan; problems: {string.Join(" | ", snapshot.Completeness.Problems)}");
            Assert.True(drops > 0);
            ScenarioAssert.Snapshot(cluster, snapshot, harness.Options.Sampling);
        }
    }

    [Fact]
    public async Task Changes_between_scans_are_seen_by_the_long_lived_clients()
    {
        var scenario = HandBuiltScenarios.Store();
        await using var harness = await SimulatedPlatformHarness.StartAsync(scenario, output);
        var first = Assert.Single(await harness.Scanner.ScanAsync());
        var inspector = harness.Inspector("store-0001");
        var metadataCalls = inspector.CallCounts["Metadata"];

        harness.Platform.AdvanceGroupOffsets("store-0001", "stock-keeper", 1);
        harness.Platform.GrowLogEnd("store-0001", "inventory.stock", 5);
        harness.Platform.DeleteTopic("store-0001", "pos.receipts");
        var newId = harness.Platform.AddSchemaVersion("store-0001", "money-value", """{"type":"record","name":"Money","fields":[{"name":"cents","type":"long","default":0}]}""");

        var second = Assert.Single(await harness.Scanner.ScanAsync());

        Assert.Same(inspector, harness.Inspector("store-0001"));
        Assert.Equal(metadataCalls + 1, inspector.CallCounts["Metadata"]);
        Assert.DoesNotContain(second.Topics, t => t.Name == "pos.receipts");
        Assert.Contains(first.Topics, t => t.Name == "pos.receipts");
        Assert.Equal(105, second.Topics.Single(t => t.Name == "inventory.stock").Partitions[0].HighWatermark);
        Assert.Equal([new CommittedOffset("inventory.stock", 0, 91)], second.Groups.Single(g => g.GroupId == "stock-keeper").Offsets);
        Assert.Equal(newId, second.SchemaRegistry!.Subjects.Single(s => s.Name == "money-value").Latest!.Id);
        ScenarioAssert.Snapshot(harness.Platform.Read(s => s.Cluster("store-0001")), second, harness.Options.Sampling);
    }

    [Fact]
    public async Task An_unreachable_cluster_is_marked_failed_everywhere_but_its_services()
    {
        var scenario = HandBuiltScenarios.Store();
        await using var harness = await SimulatedPlatformHarness.StartAsync(scenario, output);
        harness.Clusters["store-0001"].BootstrapServers = "127.0.0.1:9"; // nothing listens on discard
        harness.Options.Scan.Kafka.RequestTimeout = TimeSpan.FromSeconds(2);
        harness.Options.Scan.Kafka.MetadataTimeout = TimeSpan.FromSeconds(2);
        harness.Options.Scan.Kafka.MaxAttempts = 1;

        var snapshot = Assert.Single(await harness.Scanner.ScanAsync());

        foreach (var area in new[] { ScanArea.Metadata, ScanArea.TopicConfigs, ScanArea.Offsets, ScanArea.Sampling, ScanArea.ConsumerGroups, ScanArea.Acls })
        {
            Assert.True(snapshot.Completeness.Failed(area), $"{area} should be marked failed: {string.Join(" | ", snapshot.Completeness.Problems)}");
        }

        Assert.Null(snapshot.Identity.ClusterId);
        Assert.Empty(snapshot.Topics);
        Assert.Null(snapshot.Acls);
        ScenarioAssert.Registry(scenario.Cluster("store-0001").SchemaRegistry, snapshot.SchemaRegistry);
        ScenarioAssert.Connect(scenario.Cluster("store-0001").Connect, snapshot.Connect);
    }

    [Fact]
    public async Task Secrets_in_settings_and_registry_credentials_never_reach_the_logs()
    {
        var scenario = HandBuiltScenarios.Store();
        await using var harness = await SimulatedPlatformHarness.StartAsync(scenario, output);
        var cluster = harness.Clusters["store-0001"];
        cluster.Settings["ssl.key.password"] = "kafka-key-secret-77";
        // librdkafka logs while its clients are built with these: the handlers must cope (a client.Name there crashes the process).
        cluster.Settings["debug"] = "broker,conf,admin";
        cluster.SchemaRegistry!.Username = "sr-user";
        cluster.SchemaRegistry.Password = "sr-password-88";

        var snapshot = Assert.Single(await harness.Scanner.ScanAsync());

        ScenarioAssert.Registry(scenario.Cluster("store-0001").SchemaRegistry, snapshot.SchemaRegistry);
        Assert.NotEmpty(harness.Logs.Lines);
        Assert.DoesNotContain(harness.Logs.Lines, l => l.Contains("kafka-key-secret-77", StringComparison.Ordinal) || l.Contains("sr-password-88", StringComparison.Ordinal));
        Assert.DoesNotContain("sr-password-88", cluster.ToString());
    }

    private static void AssertEverythingButRegistry(ClusterScenario cluster, ClusterSnapshot snapshot, SimulatedPlatformHarness harness)
    {
        ScenarioAssert.Identity(cluster, snapshot);
        ScenarioAssert.Topics(cluster, snapshot, harness.Options.Sampling);
        ScenarioAssert.Groups(cluster, snapshot);
        ScenarioAssert.Acls(cluster, snapshot);
        ScenarioAssert.Connect(cluster.Connect, snapshot.Connect);
    }
}

/// <summary>An <see cref="IProgress{T}"/> that reports synchronously (unlike <see cref="Progress{T}"/>).</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    private readonly Lock _sync = new();

    public void Report(T value)
    {
        lock (_sync)
        {
            report(value);
        }
    }
}
