using Governance.Collector.Lineage;
using static Governance.Collector.Tests.Lineage.LineageAssertions;

namespace Governance.Collector.Tests.Lineage;

public sealed class CatalogTests
{
    [Theory]
    [InlineData("__consumer_offsets")]
    [InlineData("__transaction_state")]
    [InlineData("_schemas")]
    [InlineData("_confluent-ksql-default__command_topic")]
    [InlineData("connect-configs")]
    [InlineData("connect-offsets")]
    [InlineData("connect-status")]
    [InlineData("docker-connect-configs")]
    [InlineData("heartbeats")]
    [InlineData("store-0042.heartbeats")]
    [InlineData("mm2-offset-syncs.cloud.internal")]
    [InlineData("store-0042.checkpoints.internal")]
    [InlineData("mm2-configs.store-0042.internal")]
    public void Platform_topics_are_internal(string topic) => Assert.True(InternalTopics.IsInternal(topic));

    [Theory]
    [InlineData("orders.placed.v1")]
    [InlineData("stock-aggregator-stock-by-article-changelog")]
    [InlineData("stock-aggregator-KSTREAM-AGGREGATE-0000000003-repartition")]
    [InlineData("store-0042.pos.transactions.v1")]
    [InlineData("connectivity.events.v1")]
    [InlineData("dlq.jdbc-sink-warehouse")]
    public void Data_topics_are_not(string topic) => Assert.False(InternalTopics.IsInternal(topic));

    [Fact]
    public void Datasets_are_the_user_topics_of_every_cluster()
    {
        var store = new ClusterBuilder("store-0042").Topics("pos.v1", "connect-status");
        var cloud = new ClusterBuilder("cloud").Topics("orders.v1", "app-store-changelog", "_schemas").Topic("ops.flagged", isInternal: true);

        var lineage = Infer(store, cloud);

        Assert.Equal(
            [(cloud.Namespace, "app-store-changelog", "cloud"), (cloud.Namespace, "orders.v1", "cloud"), (store.Namespace, "pos.v1", "store-0042")],
            lineage.Datasets.Select(d => (d.Dataset.Namespace, d.Dataset.Name, d.Cluster!)).OrderBy(d => d.Namespace, StringComparer.Ordinal).ThenBy(d => d.Name, StringComparer.Ordinal));
        Assert.All(lineage.Datasets, d => Assert.Equal(DatasetKind.Topic, d.Kind));
    }

    [Fact]
    public void Inference_is_deterministic()
    {
        var scenario = Governance.Simulator.Generation.RetailScenarioGenerator.Generate(new() { Size = Governance.Simulator.Generation.ScenarioSize.Tiny });
        var snapshots = ScenarioSnapshots.From(scenario);

        var first = LineageInference.Infer(snapshots, new LineageOptions());
        var second = LineageInference.Infer(snapshots.Reverse().ToList(), new LineageOptions());

        Assert.Equal(Describe(first), Describe(second));
    }

    private static string Describe(PlatformLineage lineage) => string.Join('\n', lineage.Jobs.Select(j =>
        $"{j.Namespace}/{j.Name} {j.Kind} in[{string.Join(",", j.Inputs.Select(e => $"{e.Dataset}:{string.Join("|", e.Evidence)}"))}] out[{string.Join(",", j.Outputs.Select(e => $"{e.Dataset}:{string.Join("|", e.Evidence)}"))}]"));
}
