using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Connect;

/// <summary>Builds Kafka Connect REST answers from one cluster's <see cref="ConnectClusterScenario"/>, under the platform's lock.</summary>
internal sealed class ConnectOperations(SimulatedPlatform platform, string clusterAlias)
{
    public JsonNode ServerInfo() => Read(connect => new JsonObject
    {
        ["version"] = connect.Version,
        ["commit"] = Commit(connect.Version),
        ["kafka_cluster_id"] = connect.KafkaClusterId,
    });

    public JsonNode List(bool info, bool status) => Read<JsonNode>(connect =>
    {
        var names = connect.Connectors.Select(c => c.Name).Order(StringComparer.Ordinal).ToList();
        if (!info && !status) return new JsonArray([.. names.Select(n => (JsonNode)n)]);
        var expanded = new JsonObject();
        foreach (var connector in connect.Connectors.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            var entry = new JsonObject();
            if (info) entry["info"] = Info(connector);
            if (status) entry["status"] = Status(connector);
            expanded[connector.Name] = entry;
        }

        return expanded;
    });

    public JsonNode Get(string name) => Read(connect => Info(Find(connect, name)));

    public JsonNode Config(string name) => Read(connect => ConfigOf(Find(connect, name)));

    public JsonNode GetStatus(string name) => Read(connect => Status(Find(connect, name)));

    public JsonNode Tasks(string name) => Read(connect =>
    {
        var connector = Find(connect, name);
        var tasks = new JsonArray();
        foreach (var task in connector.Tasks)
        {
            var config = ConfigOf(connector);
            config["task.class"] = connector.Class.EndsWith("Connector", StringComparison.Ordinal) ? connector.Class[..^"Connector".Length] + "Task" : connector.Class + "Task";
            tasks.Add(new JsonObject { ["id"] = TaskId(connector, task), ["config"] = config });
        }

        return tasks;
    });

    public JsonNode Topics(string name) => Read(connect =>
    {
        var connector = Find(connect, name);
        return new JsonObject { [connector.Name] = new JsonObject { ["topics"] = new JsonArray([.. connector.Topics.Select(t => (JsonNode)t)]) } };
    });

    public JsonNode Plugins() => Read(connect =>
    {
        var plugins = new JsonArray();
        foreach (var group in connect.Connectors.GroupBy(c => c.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            plugins.Add(new JsonObject
            {
                ["class"] = group.Key,
                ["type"] = group.First().Type,
                ["version"] = PluginVersion(group.Key, connect.Version),
            });
        }

        return plugins;
    });

    private T Read<T>(Func<ConnectClusterScenario, T> read) => platform.Read(scenario =>
        read(scenario.Cluster(clusterAlias).Connect ?? throw new InvalidOperationException($"'{clusterAlias}' has no Connect cluster.")));

    private static ConnectorScenario Find(ConnectClusterScenario connect, string name) =>
        connect.Connectors.FirstOrDefault(c => c.Name == name) ?? throw ConnectError.ConnectorNotFound(name);

    private static JsonObject Info(ConnectorScenario connector) => new()
    {
        ["name"] = connector.Name,
        ["config"] = ConfigOf(connector),
        ["tasks"] = new JsonArray([.. connector.Tasks.Select(t => (JsonNode)TaskId(connector, t))]),
        ["type"] = connector.Type,
    };

    private static JsonObject Status(ConnectorScenario connector)
    {
        var tasks = new JsonArray();
        foreach (var task in connector.Tasks)
        {
            var state = new JsonObject { ["id"] = task.Id, ["state"] = task.State, ["worker_id"] = task.WorkerId };
            if (task.Trace is not null) state["trace"] = task.Trace;
            tasks.Add(state);
        }

        return new JsonObject
        {
            ["name"] = connector.Name,
            ["connector"] = new JsonObject { ["state"] = connector.State, ["worker_id"] = connector.WorkerId },
            ["tasks"] = tasks,
            ["type"] = connector.Type,
        };
    }

    /// <summary>The connector's configuration; Connect always reports <c>name</c> in it.</summary>
    private static JsonObject ConfigOf(ConnectorScenario connector)
    {
        var config = new JsonObject();
        foreach (var (key, value) in connector.Config) config[key] = value;
        config["name"] = connector.Name;
        return config;
    }

    private static JsonObject TaskId(ConnectorScenario connector, ConnectorTaskScenario task) =>
        new() { ["connector"] = connector.Name, ["task"] = task.Id };

    /// <summary>A stable 16-hex-digit commit id per version, as workers report the build's git commit.</summary>
    private static string Commit(string version) =>
        Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes("kafka-" + version)))[..16];

    private static string PluginVersion(string connectorClass, string workerVersion) => connectorClass switch
    {
        _ when connectorClass.StartsWith("io.confluent.connect.jdbc", StringComparison.Ordinal) => "10.7.6",
        _ when connectorClass.StartsWith("io.confluent.connect.s3", StringComparison.Ordinal) => "10.5.13",
        _ when connectorClass.StartsWith("io.debezium", StringComparison.Ordinal) => "2.7.3.Final",
        _ => workerVersion,
    };
}
