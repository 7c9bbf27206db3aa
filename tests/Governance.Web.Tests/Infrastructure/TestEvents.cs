using System.Text.Json.Nodes;

namespace Governance.Web.Tests.Infrastructure;

/// <summary>Builds OpenLineage events for tests, with names unique to the calling test.</summary>
public static class TestEvents
{
    public const string Producer = "https://github.com/governance/tests";
    public const string RunEventSchema = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent";

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static JsonObject Dataset(string ns, string name, params (string Name, string Type)[] fields)
    {
        var dataset = new JsonObject { ["namespace"] = ns, ["name"] = name };
        if (fields.Length > 0)
        {
            dataset["facets"] = new JsonObject
            {
                ["schema"] = new JsonObject
                {
                    ["_producer"] = Producer,
                    ["_schemaURL"] = "https://openlineage.io/spec/facets/1-2-0/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet",
                    ["fields"] = new JsonArray(fields.Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["type"] = f.Type }).ToArray()),
                },
            };
        }

        return dataset;
    }

    public static JsonObject Run(
        string eventType, string jobNamespace, string jobName, string runId, DateTimeOffset time,
        IEnumerable<JsonObject>? inputs = null, IEnumerable<JsonObject>? outputs = null) => new()
    {
        ["eventType"] = eventType,
        ["eventTime"] = time.ToString("O"),
        ["producer"] = Producer,
        ["schemaURL"] = RunEventSchema,
        ["run"] = new JsonObject { ["runId"] = runId },
        ["job"] = new JsonObject { ["namespace"] = jobNamespace, ["name"] = jobName },
        ["inputs"] = new JsonArray((inputs ?? []).Select(i => (JsonNode)i.DeepClone()).ToArray()),
        ["outputs"] = new JsonArray((outputs ?? []).Select(o => (JsonNode)o.DeepClone()).ToArray()),
    };

    public const string DatasetEventSchema = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetEvent";
    public const string JobEventSchema = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobEvent";

    public static JsonObject DatasetEvent(JsonObject dataset, DateTimeOffset time) => new()
    {
        ["eventTime"] = time.ToString("O"),
        ["producer"] = Producer,
        ["schemaURL"] = DatasetEventSchema,
        ["dataset"] = dataset.DeepClone(),
    };

    public static JsonObject JobEvent(string ns, string name, DateTimeOffset time, IEnumerable<JsonObject> inputs, IEnumerable<JsonObject> outputs, JsonObject? jobFacets = null)
    {
        var job = new JsonObject { ["namespace"] = ns, ["name"] = name };
        if (jobFacets is not null)
        {
            job["facets"] = jobFacets.DeepClone();
        }

        return new JsonObject
        {
            ["eventTime"] = time.ToString("O"),
            ["producer"] = Producer,
            ["schemaURL"] = JobEventSchema,
            ["job"] = job,
            ["inputs"] = new JsonArray(inputs.Select(i => (JsonNode)i.DeepClone()).ToArray()),
            ["outputs"] = new JsonArray(outputs.Select(o => (JsonNode)o.DeepClone()).ToArray()),
        };
    }

    /// <summary>Adds a facet (with its _producer and _schemaURL) to a dataset.</summary>
    public static JsonObject WithFacet(this JsonObject dataset, string key, string schemaUrl, JsonObject body)
    {
        var facets = dataset["facets"] as JsonObject ?? [];
        dataset["facets"] = facets;
        body["_producer"] = Producer;
        body["_schemaURL"] = schemaUrl;
        facets[key] = body;
        return dataset;
    }
}
