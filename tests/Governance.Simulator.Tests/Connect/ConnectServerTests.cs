using System.Net;
using System.Text.Json.Nodes;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Tests.Connect;

public class ConnectServerTests
{
    [Fact]
    public async Task The_root_describes_the_worker_and_its_kafka_cluster()
    {
        await using var connect = await ConnectHarness.StartAsync();

        var root = await connect.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, root.Status);
        Assert.Equal("application/json", root.ContentType);
        Assert.Equal("3.9.0", root.Body!["version"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{16}$", root.Body!["commit"]!.GetValue<string>());
        Assert.Equal(connect.Read(s => s.Cluster("cloud").Id), root.Body!["kafka_cluster_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Connectors_are_listed_by_name()
    {
        await using var connect = await ConnectHarness.StartAsync();

        var list = await connect.GetAsync("/connectors");

        var expected = connect.Read(s => s.Cluster("cloud").Connect!.Connectors.Select(c => c.Name).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(expected, list.Body!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Contains("jdbc-sink-warehouse", expected);
        Assert.Contains("mm2-store-0001-source", expected);
    }

    [Fact]
    public async Task Expanding_info_and_status_maps_each_name_to_both()
    {
        await using var connect = await ConnectHarness.StartAsync();

        var expanded = await connect.GetAsync("/connectors?expand=info&expand=status");
        var statusOnly = await connect.GetAsync("/connectors?expand=status");

        var sink = expanded.Body!["jdbc-sink-warehouse"]!;
        Assert.Equal("jdbc-sink-warehouse", sink["info"]!["name"]!.GetValue<string>());
        Assert.Equal("sink", sink["info"]!["type"]!.GetValue<string>());
        Assert.Equal("io.confluent.connect.jdbc.JdbcSinkConnector", sink["info"]!["config"]!["connector.class"]!.GetValue<string>());
        Assert.Equal("jdbc-sink-warehouse", sink["info"]!["tasks"]![0]!["connector"]!.GetValue<string>());
        Assert.Equal(0, sink["info"]!["tasks"]![0]!["task"]!.GetValue<int>());
        Assert.Equal("RUNNING", sink["status"]!["connector"]!["state"]!.GetValue<string>());
        Assert.NotNull(sink["status"]!["connector"]!["worker_id"]);
        Assert.Equal("sink", sink["status"]!["type"]!.GetValue<string>());
        Assert.Null(statusOnly.Body!["jdbc-sink-warehouse"]!["info"]);
        Assert.NotNull(statusOnly.Body!["jdbc-sink-warehouse"]!["status"]);
    }

    [Fact]
    public async Task A_connector_has_info_config_status_tasks_and_topics()
    {
        await using var connect = await ConnectHarness.StartAsync();
        const string name = "mm2-store-0001-source";

        var info = await connect.GetAsync($"/connectors/{name}");
        var config = await connect.GetAsync($"/connectors/{name}/config");
        var status = await connect.GetAsync($"/connectors/{name}/status");
        var tasks = await connect.GetAsync($"/connectors/{name}/tasks");
        var topics = await connect.GetAsync($"/connectors/{name}/topics");

        Assert.Equal(["name", "config", "tasks", "type"], info.Body!.AsObject().Select(p => p.Key));
        Assert.Equal("source", info.Body!["type"]!.GetValue<string>());
        Assert.Equal("org.apache.kafka.connect.mirror.MirrorSourceConnector", config.Body!["connector.class"]!.GetValue<string>());
        Assert.Equal("store-0001", config.Body!["source.cluster.alias"]!.GetValue<string>());
        Assert.Equal("cloud", config.Body!["target.cluster.alias"]!.GetValue<string>());
        Assert.Equal(name, config.Body!["name"]!.GetValue<string>());
        Assert.Equal(name, status.Body!["name"]!.GetValue<string>());
        Assert.Equal(2, status.Body!["tasks"]!.AsArray().Count);
        Assert.Equal(name, tasks.Body![0]!["id"]!["connector"]!.GetValue<string>());
        Assert.EndsWith("Task", tasks.Body![0]!["config"]!["task.class"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(
            ["store-0001.pos.transactions.v1", "store-0001.inventory.stock-movements.v1", "store-0001.pos-db.public.receipts"],
            topics.Body![name]!["topics"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public async Task A_failed_task_reports_its_trace()
    {
        await using var connect = await ConnectHarness.StartAsync();

        var status = await connect.GetAsync("/connectors/s3-sink-retailmedia/status");

        var failed = status.Body!["tasks"]!.AsArray().Single(t => t!["state"]!.GetValue<string>() == "FAILED")!;
        Assert.Contains("ConnectException", failed["trace"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("RUNNING", status.Body!["connector"]!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_store_worker_runs_the_till_database_cdc_connector()
    {
        await using var connect = await ConnectHarness.StartAsync("store-0002");

        var root = await connect.GetAsync("/");
        var config = await connect.GetAsync("/connectors/pos-db-cdc/config");
        var topics = await connect.GetAsync("/connectors/pos-db-cdc/topics");

        Assert.Equal(connect.Read(s => s.Cluster("store-0002").Id), root.Body!["kafka_cluster_id"]!.GetValue<string>());
        Assert.Equal("io.debezium.connector.postgresql.PostgresConnector", config.Body!["connector.class"]!.GetValue<string>());
        Assert.Equal("pos-db.store-0002.retail.internal", config.Body!["database.hostname"]!.GetValue<string>());
        Assert.Equal(["pos-db.public.receipts"], topics.Body!["pos-db-cdc"]!["topics"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public async Task Changes_to_the_platform_show_in_the_next_answer()
    {
        await using var connect = await ConnectHarness.StartAsync();

        connect.Platform.Mutate(s =>
        {
            var connector = s.Cluster("cloud").Connect!.Connectors.Single(c => c.Name == "jdbc-sink-warehouse");
            connector.State = "PAUSED";
            connector.Tasks.ForEach(t => t.State = "PAUSED");
        });
        var status = await connect.GetAsync("/connectors/jdbc-sink-warehouse/status");

        Assert.Equal("PAUSED", status.Body!["connector"]!["state"]!.GetValue<string>());
        Assert.All(status.Body!["tasks"]!.AsArray(), t => Assert.Equal("PAUSED", t!["state"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("/connectors/nope", "Connector nope not found")]
    [InlineData("/connectors/nope/status", "Connector nope not found")]
    [InlineData("/connectors/nope/topics", "Connector nope not found")]
    [InlineData("/nothing/here", "HTTP 404 Not Found")]
    public async Task Unknown_things_answer_404_in_connect_format(string path, string message)
    {
        await using var connect = await ConnectHarness.StartAsync();

        var answer = await connect.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal(404, answer.ErrorCode);
        Assert.Equal(message, answer.Message);
    }

    [Fact]
    public async Task Faults_answer_500_or_hold_requests()
    {
        await using var connect = await ConnectHarness.StartAsync();
        using var impatient = new HttpClient { BaseAddress = new Uri(connect.Server.Url), Timeout = TimeSpan.FromMilliseconds(500) };

        connect.Platform.SetConnectFault(HttpFault.ServerError);
        var failing = await connect.GetAsync("/connectors");
        connect.Platform.SetConnectFault(HttpFault.Timeout);
        await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.GetAsync("/connectors"));
        connect.Platform.SetConnectFault(HttpFault.None);

        Assert.Equal(HttpStatusCode.InternalServerError, failing.Status);
        Assert.Equal(500, failing.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, (await impatient.GetAsync("/connectors")).StatusCode);
    }

    [Fact]
    public async Task Plugins_list_the_connector_classes_in_use()
    {
        await using var connect = await ConnectHarness.StartAsync();

        var plugins = await connect.GetAsync("/connector-plugins");

        var classes = plugins.Body!.AsArray().Select(p => p!["class"]!.GetValue<string>()).ToList();
        Assert.Contains("org.apache.kafka.connect.mirror.MirrorSourceConnector", classes);
        Assert.Contains("io.confluent.connect.s3.S3SinkConnector", classes);
        Assert.All(plugins.Body!.AsArray(), p => Assert.NotNull(p!["version"]));
    }
}
