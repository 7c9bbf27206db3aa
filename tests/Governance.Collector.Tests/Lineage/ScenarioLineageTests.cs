using Governance.Collector.Identity;
using Governance.Collector.Lineage;
using Governance.Model.Platform;
using Governance.Simulator.Generation;
using Xunit.Abstractions;

namespace Governance.Collector.Tests.Lineage;

/// <summary>
/// Inference over generated retail platforms, compared with their ground truth: every edge the
/// platform shows evidence for is found, and no other.
/// </summary>
public sealed class ScenarioLineageTests(ITestOutputHelper output)
{
    public static TheoryData<ScenarioSize, int> Scenarios => new()
    {
        { ScenarioSize.Tiny, 42 },
        { ScenarioSize.Tiny, 7 },
        { ScenarioSize.Demo, 42 },
        { ScenarioSize.Demo, 1234 },
        // 10,000 topics and 2,000 groups: also shows inference stays fast at size.
        { ScenarioSize.Large, 42 },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Inference_finds_exactly_the_evidenced_ground_truth_edges(ScenarioSize size, int seed)
    {
        var scenario = RetailScenarioGenerator.Generate(new RetailScenarioOptions { Size = size, Seed = seed });
        var truth = new GroundTruth(scenario);

        var lineage = LineageInference.Infer(ScenarioSnapshots.From(scenario), new LineageOptions());

        foreach (var edge in truth.Unknowable)
        {
            output.WriteLine($"unknowable: {edge}");
        }

        Assert.Equal("", truth.Compare(lineage));
        Assert.NotEmpty(lineage.Jobs);
    }

    [Fact]
    public void Only_the_deliberate_gaps_are_unknowable()
    {
        var tiny = new GroundTruth(RetailScenarioGenerator.Generate(new RetailScenarioOptions { Size = ScenarioSize.Tiny }));
        Assert.Equal(
            [$"{EvidenceCases.LegacyPriceFeed}@cloud -> pricing.price-updates.v1"],
            tiny.Unknowable.Select(e => $"{e.App.Name}@{e.App.Cluster} -> {e.Dataset.Name}"));
    }

    [Fact]
    public void Every_application_kind_becomes_the_expected_job_kind()
    {
        var scenario = RetailScenarioGenerator.Generate(new RetailScenarioOptions { Size = ScenarioSize.Demo });
        var lineage = LineageInference.Infer(ScenarioSnapshots.From(scenario), new LineageOptions());
        var cloud = ClusterNamespaces.For(scenario.Cluster("cloud").Id);
        var store = ClusterNamespaces.For(scenario.Cluster("store-0001").Id);

        Assert.Equal(JobKind.ConsumerGroup, lineage.Job(cloud, "order-service")!.Kind);
        Assert.Equal(JobKind.ConsumerGroup, lineage.Job(cloud, "fraud-detection")!.Kind);
        Assert.Equal(JobKind.StreamsApp, lineage.Job(cloud, "stock-aggregator")!.Kind);
        Assert.Equal(JobKind.Connector, lineage.Job(cloud, "jdbc-sink-warehouse")!.Kind);
        Assert.Equal(JobKind.Connector, lineage.Job(cloud, "pim-articles-source")!.Kind);
        Assert.Equal(JobKind.Connector, lineage.Job(store, "pos-db-cdc")!.Kind);
        Assert.Equal(JobKind.Mirror, lineage.Job(cloud, "mm2-store-0001-source")!.Kind);
        Assert.Equal(JobKind.Producer, lineage.Job(cloud, "webshop-backend")!.Kind);
        Assert.Equal(JobKind.Producer, lineage.Job(cloud, EvidenceCases.HeaderOnlyProducer)!.Kind);
        Assert.Equal(JobKind.ConsumerGroup, lineage.Job(cloud, EvidenceCases.AclOnlyConsumer)!.Kind);

        // Connect's sink groups, Connect workers and MM2's principal are no jobs of their own.
        Assert.Null(lineage.Job(cloud, "connect-jdbc-sink-warehouse"));
        Assert.Null(lineage.Job(cloud, "connect-cloud"));
        Assert.Null(lineage.Job(cloud, "mirror-maker"));
        Assert.Null(lineage.Job(store, "mirror-maker"));
        Assert.Null(lineage.Job(cloud, EvidenceCases.LegacyPriceFeed));
    }

    [Fact]
    public void The_catalog_lists_user_topics_and_external_datasets_but_no_plumbing()
    {
        var scenario = RetailScenarioGenerator.Generate(new RetailScenarioOptions { Size = ScenarioSize.Demo });
        var lineage = LineageInference.Infer(ScenarioSnapshots.From(scenario), new LineageOptions());
        var cloud = ClusterNamespaces.For(scenario.Cluster("cloud").Id);
        var names = lineage.Datasets.Where(d => d.Dataset.Namespace == cloud).Select(d => d.Dataset.Name).ToHashSet();

        Assert.Contains("orders.placed.v1", names);
        Assert.Contains("store-0001.pos.transactions.v1", names);
        Assert.Contains("stock-aggregator-stock-by-article-changelog", names);
        Assert.Contains("stock-aggregator-stock-by-article-repartition", names);
        Assert.Contains("pricing.price-updates.v1", names); // No known producer, still a dataset.
        foreach (var plumbing in new[] { "__consumer_offsets", "_schemas", "connect-configs", "connect-offsets", "connect-status", "heartbeats", "store-0001.checkpoints.internal" })
        {
            Assert.DoesNotContain(plumbing, names);
        }

        Assert.DoesNotContain(lineage.Datasets, d => d.Dataset.Name.StartsWith("mm2-offset-syncs", StringComparison.Ordinal));
        Assert.Contains(lineage.Datasets, d => d is { Kind: DatasetKind.External, Dataset.Namespace: "s3://retail-datalake" });
        Assert.Contains(new InferredDataset(new DatasetRef("postgres://pos-db.store-0001.retail.internal:5432", "pos.public.receipts"), DatasetKind.External, null), lineage.Datasets);
    }

    [Fact]
    public void A_failed_Connect_scan_loses_connector_jobs_but_invents_nothing()
    {
        var scenario = RetailScenarioGenerator.Generate(new RetailScenarioOptions { Size = ScenarioSize.Demo });
        var snapshots = ScenarioSnapshots.From(scenario)
            .Select(s => s with { Completeness = new ScanCompleteness([new ScanProblem(ScanArea.Connect, "connection refused")]) })
            .ToList();
        var lineage = LineageInference.Infer(snapshots, new LineageOptions());

        var differences = new GroundTruth(scenario).Compare(lineage).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(differences);
        Assert.All(differences, d => Assert.StartsWith("missing edge", d, StringComparison.Ordinal));
        Assert.DoesNotContain(lineage.Jobs, j => j.Kind == JobKind.Mirror);

        // The sink's group still shows what it reads, under the connector's name.
        var cloud = ClusterNamespaces.For(scenario.Cluster("cloud").Id);
        Assert.Equal(JobKind.Connector, lineage.Job(cloud, "jdbc-sink-warehouse")!.Kind);
    }
}
