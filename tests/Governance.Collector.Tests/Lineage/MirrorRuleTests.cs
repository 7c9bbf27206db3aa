using Governance.Collector.Lineage;
using Governance.Model.Platform;
using static Governance.Collector.Tests.Lineage.LineageAssertions;

namespace Governance.Collector.Tests.Lineage;

public sealed class MirrorRuleTests
{
    private const string MirrorSource = "org.apache.kafka.connect.mirror.MirrorSourceConnector";

    private static Dictionary<string, string> Mirror(string topics, params (string Key, string Value)[] extra)
    {
        var config = new Dictionary<string, string>
        {
            ["connector.class"] = MirrorSource,
            ["source.cluster.alias"] = "store-0042",
            ["target.cluster.alias"] = "cloud",
            ["topics"] = topics,
        };
        foreach (var (key, value) in extra)
        {
            config[key] = value;
        }

        return config;
    }

    private static ClusterBuilder Store() => new ClusterBuilder("store-0042", "Store-Id-42")
        .Topics("pos.transactions.v1", "pos.refunds.v1", "inventory.movements.v1", "hr.shifts.v1", "pos.audit-internal", "heartbeats")
        .Topic("__consumer_offsets", 50, isInternal: true);

    [Fact]
    public void A_regex_topics_list_mirrors_matching_store_topics_to_prefixed_cloud_replicas()
    {
        var store = Store();
        var cloud = new ClusterBuilder("cloud")
            .Topics("store-0042.pos.transactions.v1", "store-0042.pos.refunds.v1", "store-0042.inventory.movements.v1", "store-0042.checkpoints.internal")
            .Connector("mm2-store-0042", "source", MirrorSource, Mirror(@"pos\..*, inventory\.movements\.v1"), "store-0042.pos.transactions.v1");

        var job = Infer(store, cloud).Job(cloud, "mm2-store-0042");

        Assert.Equal(JobKind.Mirror, job.Kind);
        Assert.Equal(["inventory.movements.v1", "pos.refunds.v1", "pos.transactions.v1"], job.InputNames());
        Assert.All(job.Inputs, e => Assert.Equal(store.Namespace, e.Dataset.Namespace));
        // Cluster ids are case-sensitive (base64url), so the namespace keeps their case.
        Assert.Equal("kafka://Store-Id-42", store.Namespace);
        Assert.Equal(["store-0042.inventory.movements.v1", "store-0042.pos.refunds.v1", "store-0042.pos.transactions.v1"], job.OutputNames());
        Assert.All(job.Outputs, e => Assert.Equal(cloud.Namespace, e.Dataset.Namespace));
        Assert.Equal([EvidenceKind.ConnectorTopics, EvidenceKind.MirrorReplication], job.Output("store-0042.pos.transactions.v1").Kinds());
        Assert.Equal([EvidenceKind.MirrorReplication], job.Input("pos.refunds.v1").Kinds());
    }

    [Fact]
    public void The_default_exclusions_and_a_missing_replica_stop_a_flow()
    {
        var store = Store();
        // Everything selected; pos.refunds.v1 has no replica yet, internal topics are never replicated.
        var cloud = new ClusterBuilder("cloud").Topics("store-0042.pos.transactions.v1", "store-0042.pos.audit-internal")
            .Connector("mm2", "source", MirrorSource, Mirror(".*"));

        Assert.Equal(["pos.transactions.v1"], Infer(store, cloud).Job(cloud, "mm2").InputNames());
    }

    [Fact]
    public void A_configured_separator_and_the_identity_policy_name_replicas_differently()
    {
        var store = Store();
        var cloud = new ClusterBuilder("cloud").Topics("store-0042_pos.transactions.v1", "hr.shifts.v1")
            .Connector("mm2-sep", "source", MirrorSource, Mirror("pos.transactions.v1", ("replication.policy.separator", "_")))
            .Connector("mm2-identity", "source", MirrorSource, Mirror("hr.shifts.v1", ("replication.policy.class", "org.apache.kafka.connect.mirror.IdentityReplicationPolicy")));

        var lineage = Infer(store, cloud);

        Assert.Equal(["store-0042_pos.transactions.v1"], lineage.Job(cloud, "mm2-sep").OutputNames());
        Assert.Equal(["hr.shifts.v1"], lineage.Job(cloud, "mm2-identity").OutputNames());
        Assert.Equal(store.Dataset("hr.shifts.v1"), lineage.Job(cloud, "mm2-identity").Inputs.Single().Dataset);
    }

    [Fact]
    public void The_source_cluster_is_found_by_bootstrap_servers_when_the_alias_differs()
    {
        var store = new ClusterBuilder("edge-42").Topics("pos.transactions.v1");
        var cloud = new ClusterBuilder("cloud").Topics("store-0042.pos.transactions.v1")
            .Connector("mm2", "source", MirrorSource, Mirror("pos.*", ("source.cluster.bootstrap.servers", "SASL_SSL://kafka-edge-42:9092")));

        Assert.Equal(store.Dataset("pos.transactions.v1"), Infer(store, cloud).Job(cloud, "mm2").Inputs.Single().Dataset);
    }

    [Fact]
    public void Without_the_source_cluster_only_the_replicas_are_known()
    {
        var cloud = new ClusterBuilder("cloud").Topics("store-0042.pos.transactions.v1", "store-0042.hr.shifts.v1", "orders.v1")
            .Connector("mm2", "source", MirrorSource, Mirror(@"pos\..*"));

        var job = Infer(cloud).Job(cloud, "mm2");

        Assert.Empty(job.Inputs);
        Assert.Equal(["store-0042.pos.transactions.v1"], job.OutputNames());
    }

    [Fact]
    public void Checkpoint_and_heartbeat_connectors_move_no_user_data()
    {
        var store = Store();
        var cloud = new ClusterBuilder("cloud").Topics("store-0042.checkpoints.internal", "heartbeats")
            .Connector("mm2-checkpoint", "source", "org.apache.kafka.connect.mirror.MirrorCheckpointConnector", Mirror(".*"), "store-0042.checkpoints.internal")
            .Connector("mm2-heartbeat", "source", "org.apache.kafka.connect.mirror.MirrorHeartbeatConnector", Mirror(".*"), "heartbeats");

        var lineage = Infer(store, cloud);

        Assert.Empty(lineage.Jobs);
        Assert.DoesNotContain(lineage.Datasets, d => d.Dataset.Name is "heartbeats" or "store-0042.checkpoints.internal");
    }

    [Fact]
    public void MirrorMakers_principal_corroborates_the_mirror_instead_of_being_a_job()
    {
        var store = Store().Acl("User:mirror-maker", "Read", "pos.transactions.v1");
        var cloud = new ClusterBuilder("cloud").Topics("store-0042.pos.transactions.v1")
            .Acl("User:mirror-maker", "Write", "store-0042.", pattern: "Prefixed")
            .Connector("mm2", "source", MirrorSource, Mirror("pos.transactions.v1"));

        var lineage = Infer(store, cloud);

        var job = Assert.Single(lineage.Jobs);
        Assert.Equal(JobKind.Mirror, job.Kind);
        Assert.Equal([EvidenceKind.MirrorReplication, EvidenceKind.AclRead], job.Input("pos.transactions.v1").Kinds());
        Assert.Equal([EvidenceKind.MirrorReplication, EvidenceKind.AclWrite], job.Output("store-0042.pos.transactions.v1").Kinds());
    }

    [Fact]
    public void Headers_copied_onto_replicas_do_not_make_the_store_producer_a_cloud_producer()
    {
        var stamped = new[] { ClusterBuilder.Record(1, ("app-id", "pos-gateway")) };
        var store = new ClusterBuilder("store-0042").Topic("pos.transactions.v1", samples: stamped);
        var withConnect = new ClusterBuilder("cloud").Topic("store-0042.pos.transactions.v1", samples: stamped)
            .Connector("mm2", "source", MirrorSource, Mirror("pos.transactions.v1"));
        var connectDown = new ClusterBuilder("cloud").Topic("store-0042.pos.transactions.v1", samples: stamped).Failed(ScanArea.Connect);

        foreach (var cloud in new[] { withConnect, connectDown })
        {
            var lineage = Infer(store, cloud);
            Assert.Null(lineage.Job(cloud.Namespace, "pos-gateway"));
            Assert.Equal(["pos.transactions.v1"], lineage.Job(store, "pos-gateway").OutputNames());
        }
    }
}
