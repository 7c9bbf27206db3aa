using Governance.Collector.Lineage;
using Governance.Model.Platform;
using static Governance.Collector.Tests.Lineage.LineageAssertions;

namespace Governance.Collector.Tests.Lineage;

public sealed class ConnectRuleTests
{
    private const string JdbcSink = "io.confluent.connect.jdbc.JdbcSinkConnector";

    [Fact]
    public void A_JDBC_sink_reads_its_topics_and_writes_the_tables_named_by_the_table_format()
    {
        var cloud = new ClusterBuilder("cloud").Topics("receipts", "dlq.receipts")
            .Group("connect-receipts-sink", ["receipts"])
            .Connector("receipts-sink", "sink", JdbcSink, new()
            {
                ["topics"] = "receipts",
                ["connection.url"] = "jdbc:postgresql://Warehouse:5432/retail?user=writer&password=s3cret",
                ["table.name.format"] = "sales.${topic}",
                ["errors.deadletterqueue.topic.name"] = "dlq.receipts",
            }, "receipts");

        var lineage = Infer(cloud);
        var job = lineage.Job(cloud, "receipts-sink");

        Assert.Equal(JobKind.Connector, job.Kind);
        Assert.Equal(
            [EvidenceKind.CommittedOffsets, EvidenceKind.MemberAssignment, EvidenceKind.ConnectorTopics, EvidenceKind.ConnectorConfig],
            job.Input("receipts").Kinds());
        var table = job.Outputs.Single(e => e.Dataset.Namespace == "postgres://warehouse:5432");
        Assert.Equal("retail.sales.receipts", table.Dataset.Name);
        Assert.DoesNotContain("s3cret", table.Evidence.Single().Detail, StringComparison.Ordinal);
        Assert.Equal([EvidenceKind.ConnectorConfig], job.Output("dlq.receipts").Kinds());

        // The sink's group is the connector, not a job of its own.
        Assert.Null(lineage.Job(cloud.Namespace, "connect-receipts-sink"));
        Assert.Contains(new InferredDataset(table.Dataset, DatasetKind.External, null), lineage.Datasets);
    }

    [Fact]
    public void Table_names_follow_RegexRouter_and_the_dialect()
    {
        var cloud = new ClusterBuilder("cloud").Topics("orders.placed.v1", "orders.paid.v2")
            .Connector("mysql-sink", "sink", JdbcSink, new()
            {
                ["topics.regex"] = @"orders\..*",
                ["connection.url"] = "jdbc:mysql://db1:3306,db2:3306/shop",
                ["transforms"] = "cast,route",
                ["transforms.cast.type"] = "org.apache.kafka.connect.transforms.Cast$Value",
                ["transforms.route.type"] = "org.apache.kafka.connect.transforms.RegexRouter",
                ["transforms.route.regex"] = @"([a-z]+)\.([a-z]+)\.v([0-9]+)",
                ["transforms.route.replacement"] = "$1_$2",
            });

        var job = Infer(cloud).Job(cloud, "mysql-sink");

        Assert.Equal(["orders.paid.v2", "orders.placed.v1"], job.InputNames());
        Assert.Equal(["shop.orders_paid", "shop.orders_placed"], job.Outputs.Where(e => e.Dataset.Namespace == "mysql://db1:3306").Select(e => e.Dataset.Name));
    }

    [Fact]
    public void A_router_whose_result_cannot_be_known_gives_no_table()
    {
        var cloud = new ClusterBuilder("cloud").Topics("orders.v1")
            .Connector("daily-sink", "sink", JdbcSink, new()
            {
                ["topics"] = "orders.v1",
                ["connection.url"] = "jdbc:postgresql://warehouse/dwh",
                ["transforms"] = "daily",
                ["transforms.daily.type"] = "org.apache.kafka.connect.transforms.TimestampRouter",
            });

        var job = Infer(cloud).Job(cloud, "daily-sink");

        Assert.Equal(["orders.v1"], job.InputNames());
        Assert.Empty(job.Outputs);
    }

    [Fact]
    public void A_Debezium_source_reads_its_tables_and_writes_their_topics()
    {
        var store = new ClusterBuilder("store-0042").Topics("pos-db.public.receipts", "pos-db.public.refunds")
            .Connector("pos-db-cdc", "source", "io.debezium.connector.postgresql.PostgresConnector", new()
            {
                ["database.hostname"] = "pos-db.store-0042.retail.internal",
                ["database.port"] = "5432",
                ["database.dbname"] = "pos",
                ["topic.prefix"] = "pos-db",
                ["table.include.list"] = @"public\.receipts,public.refunds,audit\..*",
            });

        var job = Infer(store).Job(store, "pos-db-cdc");

        Assert.Equal(["pos.public.receipts", "pos.public.refunds"], job.InputNames());
        Assert.All(job.Inputs, e => Assert.Equal("postgres://pos-db.store-0042.retail.internal:5432", e.Dataset.Namespace));
        Assert.Equal(["pos-db.public.receipts", "pos-db.public.refunds"], job.OutputNames());
        Assert.Equal([EvidenceKind.ConnectorConfig], job.Output("pos-db.public.receipts").Kinds());
    }

    [Fact]
    public void A_JDBC_source_in_query_mode_reads_the_queried_tables_into_its_prefix_topic()
    {
        var cloud = new ClusterBuilder("cloud").Topics("masterdata.articles.v1")
            .Connector("pim-articles-source", "source", "io.confluent.connect.jdbc.JdbcSourceConnector", new()
            {
                ["connection.url"] = "jdbc:postgresql://pim-db.retail.internal:5432/pim",
                ["query"] = "SELECT a.*, b.name FROM public.articles a JOIN brands b ON a.brand = b.id",
                ["topic.prefix"] = "masterdata.articles.v1",
            }, "masterdata.articles.v1");

        var job = Infer(cloud).Job(cloud, "pim-articles-source");

        Assert.Equal(["pim.public.articles", "pim.public.brands"], job.InputNames());
        Assert.Equal([EvidenceKind.ConnectorTopics, EvidenceKind.ConnectorConfig], job.Output("masterdata.articles.v1").Kinds());
    }

    [Fact]
    public void Object_store_sinks_write_a_directory_per_topic()
    {
        var cloud = new ClusterBuilder("cloud").Topics("ad-clicks.v1")
            .Connector("s3-sink", "sink", "io.confluent.connect.s3.S3SinkConnector", new()
            {
                ["topics"] = "ad-clicks.v1",
                ["s3.bucket.name"] = "retail-datalake",
                ["topics.dir"] = "raw",
            });

        var output = Infer(cloud).Job(cloud, "s3-sink").Outputs.Single();

        Assert.Equal(new DatasetRef("s3://retail-datalake", "raw/ad-clicks.v1"), output.Dataset);
    }

    [Fact]
    public void An_unknown_source_has_the_topics_Connect_lists_and_no_invented_input()
    {
        var cloud = new ClusterBuilder("cloud").Topics("weather.v1")
            .Connector("weather-feed", "source", "com.example.WeatherSourceConnector", new() { ["api.key"] = "x" }, "weather.v1", "not-there.v1");

        var job = Infer(cloud).Job(cloud, "weather-feed");

        Assert.Empty(job.Inputs);
        Assert.Equal(["weather.v1"], job.OutputNames());
    }

    [Fact]
    public void Without_Connect_a_connect_group_is_still_its_connectors_job()
    {
        var cloud = new ClusterBuilder("cloud").Topics("receipts").Group("connect-receipts-sink", ["receipts"]).Failed(ScanArea.Connect);

        var lineage = Infer(cloud);

        var job = Assert.Single(lineage.Jobs);
        Assert.Equal(("receipts-sink", JobKind.Connector), (job.Name, job.Kind));
        Assert.Equal(["receipts"], job.InputNames());
        Assert.Empty(job.Outputs);
    }

    [Fact]
    public void A_group_override_moves_the_sink_group()
    {
        var cloud = new ClusterBuilder("cloud").Topics("receipts").Group("warehouse-loader", ["receipts"])
            .Connector("receipts-sink", "sink", "com.example.SinkConnector", new() { ["consumer.override.group.id"] = "warehouse-loader" });

        var job = Assert.Single(Infer(cloud).Jobs);

        Assert.Equal("receipts-sink", job.Name);
        Assert.Equal([EvidenceKind.CommittedOffsets, EvidenceKind.MemberAssignment], job.Input("receipts").Kinds());
    }
}
