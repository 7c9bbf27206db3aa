using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Web.Tests.Infrastructure;

namespace Governance.Web.Tests.Contracts;

/// <summary>Collector-shaped events for enforcement tests: topic reports with their registry entry and schema, and lag heartbeats.</summary>
public static class EnforcementEvents
{
    public const string V1 = """{"type":"record","name":"Order","namespace":"com.retail","fields":[{"name":"id","type":"string"},{"name":"amount","type":"double"}]}""";

    /// <summary>Adds a required field without a default: new readers cannot read version 1's records (BACKWARD breaks).</summary>
    public const string V2Breaking = """{"type":"record","name":"Order","namespace":"com.retail","fields":[{"name":"id","type":"string"},{"name":"amount","type":"double"},{"name":"currency","type":"string"}]}""";

    /// <summary>Version 2 plus an optional field with a default: compatible with version 2 under BACKWARD.</summary>
    public const string V3 = """{"type":"record","name":"Order","namespace":"com.retail","fields":[{"name":"id","type":"string"},{"name":"amount","type":"double"},{"name":"currency","type":"string"},{"name":"note","type":["null","string"],"default":null}]}""";

    public static readonly (string Name, string Type)[] OrderFields = [("id", "string"), ("amount", "double")];

    /// <summary>A topic report whose value subject <c>{topic}-value</c> is at <paramref name="version"/>.</summary>
    public static JsonObject Topic(
        string ns, string topic, DateTimeOffset time, int version, string schema, string? compatibility = "BACKWARD",
        IEnumerable<(string Name, string Type)>? fields = null, IEnumerable<(string Field, string Key, string Value)>? tags = null,
        JsonArray? schemaFields = null)
    {
        var entry = new JsonObject
        {
            ["role"] = "value", ["subject"] = $"{topic}-value", ["version"] = version, ["schemaId"] = 100 + version, ["schemaType"] = "AVRO",
            ["schema"] = schema,
        };
        if (compatibility is not null)
        {
            entry["compatibility"] = compatibility;
        }

        return CollectorEvents.Topic(ns, topic, time,
            schemaFields ?? new JsonArray((fields ?? OrderFields).Select(f => (JsonNode)Field(f.Name, f.Type)).ToArray()),
            "team-orders", tags ?? [],
            new JsonObject { ["cluster"] = new JsonObject { ["alias"] = "cloud", ["clusterId"] = "lkc-test" }, ["partitions"] = 2, ["replicationFactor"] = 3 },
            new JsonObject { ["subjects"] = new JsonArray(entry) });
    }

    /// <summary>A schema facet field, with nested fields for a record.</summary>
    public static JsonObject Field(string name, string type, params JsonObject[] nested)
    {
        var field = new JsonObject { ["name"] = name, ["type"] = type };
        if (nested.Length > 0)
        {
            field["fields"] = new JsonArray(nested.Select(n => (JsonNode)n).ToArray());
        }

        return field;
    }

    /// <summary>A consumer group's heartbeat on one topic with <paramref name="lag"/> records behind, over two partitions.</summary>
    public static JsonObject Heartbeat(string ns, string group, string topic, DateTimeOffset time, long lag) =>
        CollectorEvents.Heartbeat(ns, group, time, [(ns, topic)], lag > 1000 ? "WARN" : "OK",
            [(topic, 0, 1_000_000, 1_000_000 + lag / 2), (topic, 1, 2_000_000, 2_000_000 + lag - lag / 2)]);

    /// <summary>Posts one event; returns its stored id.</summary>
    public static async Task<long> PostAsync(GovernanceApp app, JsonObject evt)
    {
        using var client = app.CreateIngestClient();
        using var response = await client.PostJsonAsync("/api/v1/lineage", evt);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("eventId").GetInt64();
    }
}
