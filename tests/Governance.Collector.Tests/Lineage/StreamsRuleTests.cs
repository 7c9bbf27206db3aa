using Governance.Collector.Lineage;
using static Governance.Collector.Tests.Lineage.LineageAssertions;

namespace Governance.Collector.Tests.Lineage;

public sealed class StreamsRuleTests
{
    private const string Changelog = "stock-aggregator-stock-by-article-changelog";
    private const string Repartition = "stock-aggregator-KSTREAM-AGGREGATE-0000000003-repartition";

    [Fact]
    public void A_Streams_app_writes_its_changelog_and_repartition_topics_and_reads_back_the_repartition()
    {
        var cloud = new ClusterBuilder("cloud").Topics("stock.movements.v1", "stock.levels.v1", Changelog, Repartition)
            .Group("stock-aggregator", ["stock.movements.v1", Repartition], protocol: "stream");

        var job = Infer(cloud).Job(cloud, "stock-aggregator");

        Assert.Equal(JobKind.StreamsApp, job.Kind);
        Assert.Equal([Repartition, "stock.movements.v1"], job.InputNames());
        Assert.Equal([Repartition, Changelog], job.OutputNames());
        Assert.Equal([EvidenceKind.StreamsInternalTopic], job.Output(Changelog).Kinds());
        Assert.Contains(EvidenceKind.StreamsInternalTopic, job.Input(Repartition).Kinds());
    }

    [Fact]
    public void Internal_topics_belong_to_the_group_with_the_longest_matching_application_id()
    {
        var cloud = new ClusterBuilder("cloud").Topics("orders.v1", "orders-enricher-cache-changelog")
            .Group("orders", ["orders.v1"], protocol: "stream")
            .Group("orders-enricher", ["orders.v1"], protocol: "stream");

        var lineage = Infer(cloud);

        Assert.Empty(lineage.Job(cloud, "orders").Outputs);
        Assert.Equal(["orders-enricher-cache-changelog"], lineage.Job(cloud, "orders-enricher").OutputNames());
    }

    [Fact]
    public void A_plain_consumer_group_does_not_claim_changelogs_that_share_its_prefix()
    {
        var cloud = new ClusterBuilder("cloud").Topics("orders.v1", "orders-x-changelog").Group("orders", ["orders.v1"], protocol: "range");

        var job = Infer(cloud).Job(cloud, "orders");

        Assert.Equal(JobKind.ConsumerGroup, job.Kind);
        Assert.Empty(job.Outputs);
    }

    [Fact]
    public void The_prefixed_ACL_on_internal_topics_does_not_turn_the_changelog_into_an_input()
    {
        // Streams needs READ on its changelog to restore state; that is not an input.
        var cloud = new ClusterBuilder("cloud").Topics("stock.movements.v1", "stock.levels.v1", Changelog, Repartition)
            .Group("stock-aggregator", ["stock.movements.v1", Repartition], protocol: "stream")
            .Acl("User:stock-aggregator", "All", "stock-aggregator", pattern: "Prefixed")
            .Acl("User:stock-aggregator", "Read", "stock.movements.v1")
            .Acl("User:stock-aggregator", "Write", "stock.levels.v1");

        var job = Infer(cloud).Job(cloud, "stock-aggregator");

        Assert.Equal(JobKind.StreamsApp, job.Kind);
        Assert.DoesNotContain(Changelog, job.InputNames());
        Assert.Contains(EvidenceKind.AclWrite, job.Output(Changelog).Kinds());
        Assert.Contains(EvidenceKind.AclRead, job.Input(Repartition).Kinds());
        Assert.Equal([EvidenceKind.AclWrite], job.Output("stock.levels.v1").Kinds());
    }
}
