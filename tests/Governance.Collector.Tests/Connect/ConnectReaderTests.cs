using Governance.Collector.Connect;
using Governance.Collector.Scanning;
using Governance.Collector.Tests.Scanning;
using Governance.Model.Platform;
using Microsoft.Extensions.Logging.Abstractions;

namespace Governance.Collector.Tests.Connect;

public sealed class ConnectReaderTests
{
    private static readonly RestClientOptions Fast = new()
    {
        RequestTimeout = TimeSpan.FromMilliseconds(500),
        MaxAttempts = 2,
        RetryBackoff = TimeSpan.FromMilliseconds(1),
    };

    private const string Expanded = """
        {
          "pos-source": {
            "info": {"name":"pos-source","type":"source","tasks":[{"connector":"pos-source","task":0}],
                     "config":{"connector.class":"io.debezium.connector.postgresql.PostgresConnector","database.password":"pg-secret","database.hostname":"pos-db","topic.prefix":"pos"}},
            "status": {"name":"pos-source","type":"source","connector":{"state":"RUNNING","worker_id":"connect-1:8083"},
                       "tasks":[{"id":1,"state":"FAILED","worker_id":"connect-1:8083","trace":"boom"},{"id":0,"state":"RUNNING","worker_id":"connect-1:8083"}]}
          },
          "s3-sink": {
            "info": {"name":"s3-sink","type":"sink","tasks":[],"config":{"connector.class":"io.confluent.connect.s3.S3SinkConnector","topics":"orders","aws.secret.access.key":"aws-secret"}},
            "status": {"name":"s3-sink","type":"sink","connector":{"state":"PAUSED","worker_id":"connect-1:8083"},"tasks":[]}
          }
        }
        """;

    private static async Task<(ConnectSnapshot? Snapshot, IReadOnlyList<ScanProblem> Problems, ScriptedHttpHandler Handler)> Read(Func<string, (int, string)> answer)
    {
        var handler = new ScriptedHttpHandler(answer);
        var client = new ConnectClient(new HttpClient(handler), new ServiceEndpoint { Url = "http://connect.test:8083" }, Fast, NullLogger<ConnectClient>.Instance);
        var context = new ScanContext("cloud", NullLogger.Instance, null);
        var snapshot = await new ConnectReader(client).ReadAsync(context, CancellationToken.None);
        return (snapshot, context.Problems, handler);
    }

    [Fact]
    public async Task Reads_connectors_with_status_and_topics_in_one_expanded_call_and_redacts_secrets()
    {
        var (snapshot, problems, handler) = await Read(path => path switch
        {
            "/connectors?expand=info&expand=status" => (200, Expanded),
            "/connectors/pos-source/topics" => (200, """{"pos-source":{"topics":["pos.sales.receipts","pos.sales.lines"]}}"""),
            "/connectors/s3-sink/topics" => (200, """{"s3-sink":{"topics":["orders"]}}"""),
            _ => (404, """{"error_code":404,"message":"not found"}"""),
        });

        Assert.Empty(problems);
        Assert.Equal("http://connect.test:8083", snapshot!.Url);
        Assert.Equal(["pos-source", "s3-sink"], snapshot.Connectors.Select(c => c.Name));
        var pos = snapshot.Connectors[0];
        Assert.Equal(("source", "io.debezium.connector.postgresql.PostgresConnector", "RUNNING"), (pos.Type, pos.Class, pos.State));
        Assert.Equal(["RUNNING", "FAILED"], pos.TaskStates);
        Assert.Equal(["pos.sales.lines", "pos.sales.receipts"], pos.Topics);
        Assert.Equal("pos-db", pos.Config["database.hostname"]);
        Assert.Equal("[redacted]", pos.Config["database.password"]);
        Assert.Equal("[redacted]", snapshot.Connectors[1].Config["aws.secret.access.key"]);
        Assert.Equal("PAUSED", snapshot.Connectors[1].State);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task Falls_back_to_one_call_per_connector_when_expand_is_not_supported()
    {
        var (snapshot, problems, _) = await Read(path => path switch
        {
            "/connectors?expand=info&expand=status" or "/connectors" => (200, """["jdbc-sink"]"""),
            "/connectors/jdbc-sink" => (200, """{"name":"jdbc-sink","type":"sink","tasks":[],"config":{"connector.class":"io.confluent.connect.jdbc.JdbcSinkConnector","connection.url":"jdbc:postgresql://dw:5432/dw?user=etl&password=etl-pw"}}"""),
            "/connectors/jdbc-sink/status" => (200, """{"name":"jdbc-sink","connector":{"state":"RUNNING","worker_id":"w"},"tasks":[{"id":0,"state":"RUNNING","worker_id":"w"}],"type":"sink"}"""),
            "/connectors/jdbc-sink/topics" => (200, """{"jdbc-sink":{"topics":["dw.orders"]}}"""),
            _ => (404, """{"error_code":404,"message":"not found"}"""),
        });

        Assert.Empty(problems);
        var sink = Assert.Single(snapshot!.Connectors);
        Assert.Equal(("sink", "RUNNING", "dw.orders"), (sink.Type, sink.State, sink.Topics.Single()));
        Assert.Equal("jdbc:postgresql://dw:5432/dw?user=etl&password=[redacted]", sink.Config["connection.url"]);
    }

    [Fact]
    public async Task Unreadable_topics_are_a_problem_and_the_connector_is_kept()
    {
        var (snapshot, problems, _) = await Read(path => path switch
        {
            "/connectors?expand=info&expand=status" => (200, Expanded),
            "/connectors/pos-source/topics" => (200, """{"pos-source":{"topics":["pos.sales.receipts"]}}"""),
            _ => (403, """{"error_code":403,"message":"Topic tracking is disabled."}"""),
        });

        Assert.Equal(2, snapshot!.Connectors.Count);
        Assert.Empty(snapshot.Connectors[1].Topics);
        var problem = Assert.Single(problems);
        Assert.Equal(ScanArea.Connect, problem.Area);
        Assert.Contains("s3-sink (HTTP 403: Topic tracking is disabled.)", problem.Message);
    }

    [Fact]
    public async Task A_failing_connect_cluster_gives_no_snapshot_and_a_problem()
    {
        var (snapshot, problems, handler) = await Read(_ => (500, """{"error_code":500,"message":"Request timed out"}"""));
        Assert.Null(snapshot);
        Assert.Contains("GET /connectors failed: HTTP 500: Request timed out", Assert.Single(problems).Message);
        Assert.Equal(2, handler.Requests.Count);
    }
}
