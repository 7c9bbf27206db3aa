namespace Governance.Model.Tests;

public class NodeIdTests
{
    public static TheoryData<string, string> RoundTripPairs() => new()
    {
        { "kafka://broker:9092", "orders.v1" },
        { "kafka://broker:9092", "orders:v1" },
        { "kafka://broker:9092", "123" },
        { "kafka://broker:9092", "9093" },
        { "kafka://broker:9092", "9093:x" },
        { "kafka://broker", "123" },
        { "kafka://broker", "123abc" },
        { "kafka://broker", "orders" },
        { "kafka://[::1]:9092", "t" },
        { "kafka://[fe80::1%25eth0]:9092", "t:1" },
        { "kafka://b1:9092,b2:9093", "t" },
        { "kafka://kafka-cluster-prod:9092", "2024/01/events" },
        { "postgres://db.host:5432", "analytics.public.orders" },
        { "hive://dataproc-producer-test-m:9083", "default.t2" },
        { "hdfs://dataproc-producer-test-m/user/hive/warehouse", "default.t1" },
        { "hdfs://namenode:8020/warehouse", "db.tbl" },
        { "s3://bucket", "2024/01/file.csv" },
        { "s3://bucket", "path/to:file" },
        { "gs://mock-bucket", "test.csv" },
        { "file:///tmp", "x" },
        { "file", "/tmp/cll_test/cll_source1" },
        { "file", "C:/data/x.csv" },
        { "bigquery", "mock-project.test.upload" },
        { "my-scheduler-namespace", "myjob.mytask" },
        { "airflow", "dag.task:with:colons" },
    };

    [Theory]
    [MemberData(nameof(RoundTripPairs))]
    public void Dataset_node_id_round_trips(string ns, string name)
    {
        var id = NodeId.ForDataset(ns, name);

        Assert.Equal($"dataset:{ns}:{name}", id);
        var parsed = NodeId.Parse(id);
        Assert.Equal(new NodeId(NodeKind.Dataset, ns, name), parsed);
        Assert.Equal(id, parsed.ToString());
        Assert.Equal(new DatasetId(ns, name), parsed.ToDatasetId());
    }

    [Theory]
    [MemberData(nameof(RoundTripPairs))]
    public void Job_node_id_round_trips(string ns, string name)
    {
        var id = NodeId.ForJob(new JobId(ns, name));

        Assert.Equal($"job:{ns}:{name}", id);
        Assert.Equal(new JobId(ns, name), NodeId.Parse(id).ToJobId());
    }

    [Theory]
    // Inherently ambiguous without escaping; the documented rule decides (same outcome as Marquez).
    [InlineData("dataset:file:/tmp/cll_test:default.cll_source2", "file", "/tmp/cll_test:default.cll_source2")]
    [InlineData("dataset:kafka://broker:9092:x", "kafka://broker:9092", "x")]
    [InlineData("dataset:kafka://broker:9092", "kafka://broker", "9092")]
    [InlineData("dataset:arn:aws:kafka:eu-west-1:123:cluster/x", "arn", "aws:kafka:eu-west-1:123:cluster/x")]
    [InlineData("dataset:kafka://user:secret@broker:9092:t", "kafka://user", "secret@broker:9092:t")]
    public void Ambiguous_ids_follow_the_documented_rule(string id, string ns, string name)
    {
        Assert.Equal(new NodeId(NodeKind.Dataset, ns, name), NodeId.Parse(id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("dataset")]
    [InlineData("dataset:")]
    [InlineData("dataset:ns")]
    [InlineData("dataset::name")]
    [InlineData("dataset:ns:")]
    [InlineData("dataset:kafka://broker")]
    [InlineData("dataset:kafka://broker:9092:")]
    [InlineData("Dataset:ns:name")]
    [InlineData("run:3f5e83fa-3480-44ff-99c5-ff943904e5e8")]
    [InlineData("topic:ns:name")]
    [InlineData("job:")]
    public void Invalid_ids_are_rejected(string id)
    {
        Assert.False(NodeId.TryParse(id, out var parsed));
        Assert.Equal(default, parsed);
        Assert.Throws<FormatException>(() => NodeId.Parse(id));
    }

    [Fact]
    public void Null_is_rejected()
    {
        Assert.False(NodeId.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => NodeId.Parse(null!));
    }

    [Fact]
    public void Builders_reject_empty_parts()
    {
        Assert.Throws<ArgumentException>(() => NodeId.ForDataset("", "x"));
        Assert.Throws<ArgumentException>(() => NodeId.ForJob("ns", ""));
        Assert.Throws<ArgumentNullException>(() => NodeId.ForDataset(null!, "x"));
    }

    [Fact]
    public void Kind_conversions_are_checked()
    {
        var job = NodeId.Parse("job:airflow:dag.task");

        Assert.Equal(NodeKind.Job, job.Kind);
        Assert.Equal("job:airflow:dag.task", job.Value);
        Assert.Throws<InvalidOperationException>(() => job.ToDatasetId());
        Assert.Throws<InvalidOperationException>(() => NodeId.Parse("dataset:a:b").ToJobId());
    }

    [Fact]
    public void Ids_from_the_model_match_the_builders()
    {
        Assert.Equal("dataset:kafka://b:9092:t", new DatasetId("kafka://b:9092", "t").ToNodeId());
        Assert.Equal("job:flink:enrich", new JobId("flink", "enrich").ToNodeId());
        Assert.Equal("kafka://b:9092:t", new DatasetId("kafka://b:9092", "t").ToString());
        Assert.Equal("flink:enrich", new JobId("flink", "enrich").ToString());
        Assert.Equal(NodeId.ForDataset(new DatasetId("n", "d")), NodeId.ForDataset("n", "d"));
    }
}
