using Governance.Collector.Lineage;
using Governance.Model.Platform;
using static Governance.Collector.Tests.Lineage.LineageAssertions;

namespace Governance.Collector.Tests.Lineage;

public sealed class ConsumerGroupRuleTests
{
    [Fact]
    public void A_group_reads_the_topics_it_commits_on_and_is_assigned()
    {
        var cloud = new ClusterBuilder("cloud").Topics("orders.v1", "payments.v1", "returns.v1")
            .Group("billing", commits: ["orders.v1"], assigned: ["orders.v1", "payments.v1"]);

        var job = Infer(cloud).Job(cloud, "billing");

        Assert.Equal(JobKind.ConsumerGroup, job.Kind);
        Assert.Equal("cloud", job.Cluster);
        Assert.Equal(["orders.v1", "payments.v1"], job.InputNames());
        Assert.Equal([EvidenceKind.CommittedOffsets, EvidenceKind.MemberAssignment], job.Input("orders.v1").Kinds());
        Assert.Equal([EvidenceKind.MemberAssignment], job.Input("payments.v1").Kinds());
        Assert.Empty(job.Outputs);
        Assert.Equal(cloud.Dataset("orders.v1"), job.Input("orders.v1").Dataset);
    }

    [Fact]
    public void A_group_without_committed_offsets_or_members_has_no_edge()
    {
        var cloud = new ClusterBuilder("cloud").Topics("orders.v1")
            .Group(new ConsumerGroupInfo { GroupId = "idle", State = "Empty" })
            .Group(new ConsumerGroupInfo { GroupId = "never-committed", State = "Empty", Offsets = [new CommittedOffset("orders.v1", 0, -1)] });

        Assert.Empty(Infer(cloud).Jobs);
    }

    [Fact]
    public void An_empty_group_with_committed_offsets_still_reads()
    {
        // Flink commits on checkpoints without ever joining the group.
        var cloud = new ClusterBuilder("cloud").Topics("orders.v1").Group("fraud-detection", ["orders.v1"], members: false);

        Assert.Equal(["orders.v1"], Infer(cloud).Job(cloud, "fraud-detection").InputNames());
    }

    [Fact]
    public void Internal_and_deleted_topics_are_no_inputs()
    {
        var cloud = new ClusterBuilder("cloud").Topics("orders.v1").Topic("__consumer_offsets", 50, isInternal: true)
            .Group("burrow", ["__consumer_offsets", "orders.v1", "deleted.v1"]);

        Assert.Equal(["orders.v1"], Infer(cloud).Job(cloud, "burrow").InputNames());
    }

    [Fact]
    public void Without_a_complete_topic_list_a_missing_topic_is_not_presumed_deleted()
    {
        var cloud = new ClusterBuilder("cloud").Topics("orders.v1").Group("billing", ["orders.v1", "unlisted.v1"]).Failed(ScanArea.Metadata);

        Assert.Equal(["orders.v1", "unlisted.v1"], Infer(cloud).Job(cloud, "billing").InputNames());
    }

    [Fact]
    public void Connect_worker_groups_are_no_jobs()
    {
        var cloud = new ClusterBuilder("cloud").Topics("orders.v1")
            .Group(new ConsumerGroupInfo { GroupId = "connect-cloud", ProtocolType = "connect", Protocol = "sessioned", State = "Stable", Members = [new GroupMemberInfo("w1", "connect-1", "/10.0.0.9", [])] });

        Assert.Empty(Infer(cloud).Jobs);
    }

    [Fact]
    public void A_service_that_consumes_and_produces_under_one_name_is_one_job_with_both_evidences()
    {
        var cloud = new ClusterBuilder("cloud").Topics("orders.v1", "orders.status.v1")
            .Group("order-service", ["orders.v1"])
            .Acl("User:order-service", "Read", "orders.v1")
            .Acl("User:order-service", "Write", "orders.status.v1");

        var lineage = Infer(cloud);
        var job = Assert.Single(lineage.Jobs);

        Assert.Equal(("order-service", JobKind.ConsumerGroup), (job.Name, job.Kind));
        Assert.Equal([EvidenceKind.CommittedOffsets, EvidenceKind.MemberAssignment, EvidenceKind.AclRead], job.Input("orders.v1").Kinds());
        Assert.Equal([EvidenceKind.AclWrite], job.Output("orders.status.v1").Kinds());
    }

    [Fact]
    public void Jobs_of_different_clusters_are_different_jobs()
    {
        var first = new ClusterBuilder("store-0001").Topics("pos.v1").Group("stock-tracker", ["pos.v1"]);
        var second = new ClusterBuilder("store-0002").Topics("pos.v1").Group("stock-tracker", ["pos.v1"]);

        var lineage = Infer(first, second);

        Assert.Equal(2, lineage.Jobs.Count);
        Assert.Equal(second.Dataset("pos.v1"), lineage.Job(second, "stock-tracker").Inputs.Single().Dataset);
    }
}
