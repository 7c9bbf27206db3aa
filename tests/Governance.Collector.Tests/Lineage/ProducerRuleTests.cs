using Governance.Collector.Lineage;
using static Governance.Collector.Tests.Lineage.LineageAssertions;

namespace Governance.Collector.Tests.Lineage;

public sealed class ProducerRuleTests
{
    [Fact]
    public void Literal_and_prefixed_WRITE_ACLs_make_the_principal_a_producer()
    {
        var cloud = new ClusterBuilder("cloud").Topics("orders.placed.v1", "orders.paid.v1", "payments.v1", "returns.v1")
            .Acl("User:order-service", "Write", "orders.", pattern: "Prefixed")
            .Acl("User:order-service", "All", "returns.v1")
            .Acl("User:order-service", "Describe", "payments.v1");

        var job = Infer(cloud).Job(cloud, "order-service");

        Assert.Equal(JobKind.Producer, job.Kind);
        Assert.Equal(["orders.paid.v1", "orders.placed.v1", "returns.v1"], job.OutputNames());
        Assert.Equal("Allow Write on Topic prefixed 'orders.' for User:order-service", job.Output("orders.paid.v1").Evidence.Single().Detail);
        Assert.Equal(["returns.v1"], job.InputNames()); // ALL includes READ.
    }

    [Fact]
    public void DENY_wins_and_wildcards_say_nothing()
    {
        var cloud = new ClusterBuilder("cloud").Topics("orders.v1", "orders.secret.v1")
            .Acl("User:order-service", "Write", "orders.", pattern: "Prefixed")
            .Acl("User:*", "Write", "orders.secret.v1", permission: "Deny")
            .Acl("User:ops-admin", "All", "*")
            .Acl("User:*", "Write", "orders.v1");

        var lineage = Infer(cloud);

        Assert.Equal(["orders.v1"], lineage.Job(cloud, "order-service").OutputNames());
        Assert.Single(lineage.Jobs);
    }

    [Fact]
    public void Kafka_spellings_of_ACLs_are_understood()
    {
        var cloud = new ClusterBuilder("cloud").Topics("orders.v1")
            .Acl("User:order-service", "WRITE", "orders.v1", pattern: "LITERAL", permission: "ALLOW", type: "TOPIC");

        Assert.Equal(["orders.v1"], Infer(cloud).Job(cloud, "order-service").OutputNames());
    }

    [Fact]
    public void A_transactional_id_adds_evidence_to_the_principals_outputs()
    {
        var cloud = new ClusterBuilder("cloud").Topics("orders.v1")
            .Acl("User:webshop", "Write", "orders.v1")
            .Acl("User:webshop", "Write", "webshop-tx", type: "TransactionalId")
            .Acl("User:lonely", "Write", "lonely-tx", type: "TransactionalId");

        var lineage = Infer(cloud);

        Assert.Equal([EvidenceKind.AclWrite, EvidenceKind.TransactionalId], lineage.Job(cloud, "webshop").Output("orders.v1").Kinds());
        Assert.Null(lineage.Job(cloud.Namespace, "lonely")); // A transactional id names no topic.
    }

    [Fact]
    public void A_READ_only_principal_is_a_consumer()
    {
        // assign() without commits leaves no group: the ACL is all there is.
        var cloud = new ClusterBuilder("cloud").Topics("orders.v1", "payments.v1")
            .Acl("User:bi-adhoc-reader", "Read", "orders.v1")
            .Acl("User:bi-adhoc-reader", "Read", "payments.v1", permission: "Deny");

        var job = Infer(cloud).Job(cloud, "bi-adhoc-reader");

        Assert.Equal(JobKind.ConsumerGroup, job.Kind);
        Assert.Equal(["orders.v1"], job.InputNames());
        Assert.Equal([EvidenceKind.AclRead], job.Input("orders.v1").Kinds());
    }

    [Fact]
    public void Without_permission_to_read_ACLs_there_are_no_ACL_edges()
    {
        var cloud = new ClusterBuilder("cloud").Topics("orders.v1").NoAclPermission();

        Assert.Empty(Infer(cloud).Jobs);
    }

    [Fact]
    public void A_header_alone_shows_a_producer()
    {
        var records = new[]
        {
            ClusterBuilder.Record(1, ("app-id", "loyalty-batch-import"), ("traceparent", "00-abc")),
            ClusterBuilder.Record(2, ("app-id", "loyalty-service")),
            ClusterBuilder.Record(3, ("APP-ID", "loyalty-batch-import")),
            ClusterBuilder.Record(4),
        };
        var cloud = new ClusterBuilder("cloud").Topic("loyalty.points.v1", samples: records);

        var lineage = Infer(cloud);

        var job = lineage.Job(cloud, "loyalty-batch-import");
        Assert.Equal(JobKind.Producer, job.Kind);
        var evidence = job.Output("loyalty.points.v1").Evidence.Single();
        Assert.Equal(EvidenceKind.ProducerHeader, evidence.Kind);
        Assert.Contains("2 of 4 sampled records", evidence.Detail, StringComparison.Ordinal);
        Assert.Equal(["loyalty.points.v1"], lineage.Job(cloud, "loyalty-service").OutputNames());
    }

    [Fact]
    public void Header_names_and_their_preference_are_configurable()
    {
        var records = new[] { ClusterBuilder.Record(1, ("source", "pos"), ("producer", "till-service")) };
        var cloud = new ClusterBuilder("cloud").Topic("sales.v1", samples: records);

        Assert.Equal(["till-service"], Infer(cloud).Jobs.Select(j => j.Name));
        Assert.Equal(["pos"], Infer(new LineageOptions { ProducerHeaders = ["source"] }, cloud).Jobs.Select(j => j.Name));
        Assert.Empty(Infer(new LineageOptions { ProducerHeaders = [] }, cloud).Jobs);
    }

    [Fact]
    public void Records_Connect_routed_to_a_dead_letter_queue_keep_foreign_headers_and_are_skipped()
    {
        var records = new[] { ClusterBuilder.Record(1, ("app-id", "order-service"), ("__connect.errors.topic", "orders.v1")) };
        var cloud = new ClusterBuilder("cloud").Topic("dlq.jdbc-sink", samples: records);

        Assert.Empty(Infer(cloud).Jobs);
    }

    [Fact]
    public void A_declared_mapping_is_an_edge_on_a_scanned_cluster_and_an_existing_topic()
    {
        var cloud = new ClusterBuilder("cloud").Topics("pricing.price-updates.v1");
        var options = new LineageOptions
        {
            DeclaredProducers =
            [
                new DeclaredProducer("legacy-price-feed", "cloud", ["pricing.price-updates.v1", "no-such-topic"]),
                new DeclaredProducer("elsewhere", "store-9999", ["pricing.price-updates.v1"]),
            ],
        };

        var lineage = Infer(options, cloud);

        var job = Assert.Single(lineage.Jobs);
        Assert.Equal(("legacy-price-feed", JobKind.Producer), (job.Name, job.Kind));
        Assert.Equal([EvidenceKind.DeclaredMapping], job.Output("pricing.price-updates.v1").Kinds());
    }

    [Fact]
    public void Evidence_of_all_producer_rules_merges_on_one_job()
    {
        var cloud = new ClusterBuilder("cloud").Topic("orders.v1", samples: [ClusterBuilder.Record(1, ("app-id", "webshop"))])
            .Acl("User:webshop", "Write", "orders.v1");
        var options = new LineageOptions { DeclaredProducers = [new DeclaredProducer("webshop", "cloud", ["orders.v1"])] };

        var job = Assert.Single(Infer(options, cloud).Jobs);

        Assert.Equal([EvidenceKind.AclWrite, EvidenceKind.ProducerHeader, EvidenceKind.DeclaredMapping], job.Output("orders.v1").Kinds());
    }
}
