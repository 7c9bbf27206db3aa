using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Model.OpenLineage;
using Governance.Model.OpenLineage.GovernanceFacets;

namespace Governance.Web.Tests.Infrastructure;

/// <summary>
/// Events shaped like the Kafka collector's (see Governance.Collector/Emission): a topic's
/// DatasetEvent with our topic and registry facets, a job's JobEvent with evidence for each edge,
/// and a consumer group's RUNNING heartbeat with its lag.
/// </summary>
public static class CollectorEvents
{
    public const string Producer = "urn:governance:collector:1.0.0";
    private const string Portal = "http://portal.test";

    /// <summary>A topic with a schema, owner, field tags and our topic and schema registry facets.</summary>
    public static JsonObject Topic(
        string ns, string name, DateTimeOffset time, JsonArray fields, string owner, IEnumerable<(string Field, string Key, string Value)> fieldTags,
        JsonObject topicFacet, JsonObject registryFacet)
    {
        var facets = new JsonObject
        {
            ["schema"] = Standard("SchemaDatasetFacet", new JsonObject { ["fields"] = fields }),
            ["datasetType"] = Standard("DatasetTypeDatasetFacet", new JsonObject { ["datasetType"] = "TOPIC" }),
            ["ownership"] = Standard("OwnershipDatasetFacet", new JsonObject
            {
                ["owners"] = new JsonArray(new JsonObject { ["name"] = owner, ["type"] = "TEAM" }),
            }),
            ["tags"] = Standard("TagsDatasetFacet", new JsonObject
            {
                ["tags"] = new JsonArray(fieldTags.Select(t => (JsonNode)new JsonObject
                {
                    ["key"] = t.Key, ["value"] = t.Value, ["source"] = "SCHEMA_REGISTRY", ["field"] = t.Field,
                }).ToArray()),
            }),
            [GovernanceFacets.Topic.Key] = Custom(GovernanceFacets.Topic, topicFacet),
            [GovernanceFacets.SchemaRegistry.Key] = Custom(GovernanceFacets.SchemaRegistry, registryFacet),
        };
        return new JsonObject
        {
            ["eventTime"] = Time(time),
            ["producer"] = Producer,
            ["schemaURL"] = TestEvents.DatasetEventSchema,
            ["dataset"] = new JsonObject { ["namespace"] = ns, ["name"] = name, ["facets"] = facets },
        };
    }

    /// <summary>A job's complete inputs and outputs, each with the evidence for the edge.</summary>
    public static JsonObject Job(
        string ns, string name, DateTimeOffset time,
        IEnumerable<(string Namespace, string Name, string Kind, string Detail)> inputs,
        IEnumerable<(string Namespace, string Name, string Kind, string Detail)> outputs) => new()
    {
        ["eventTime"] = Time(time),
        ["producer"] = Producer,
        ["schemaURL"] = TestEvents.JobEventSchema,
        ["job"] = new JsonObject { ["namespace"] = ns, ["name"] = name },
        ["inputs"] = new JsonArray(inputs.Select(i => (JsonNode)Edge(i, "inputFacets", GovernanceFacets.InputEvidence)).ToArray()),
        ["outputs"] = new JsonArray(outputs.Select(o => (JsonNode)Edge(o, "outputFacets", GovernanceFacets.OutputEvidence)).ToArray()),
    };

    /// <summary>A consumer group's heartbeat: the topics it reads, its verdict and the lag per partition.</summary>
    public static JsonObject Heartbeat(
        string ns, string group, DateTimeOffset time, IEnumerable<(string Namespace, string Name)> inputs, string verdict,
        IEnumerable<(string Topic, int Partition, long Committed, long LogEnd)> partitions)
    {
        var lags = partitions.ToList();
        return new JsonObject
        {
            ["eventType"] = "RUNNING",
            ["eventTime"] = Time(time),
            ["producer"] = Producer,
            ["schemaURL"] = TestEvents.RunEventSchema,
            ["run"] = new JsonObject
            {
                // One never-ending run per streaming job, as the collector derives it from the job's name.
                ["runId"] = new Guid(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(ns + group))).ToString(),
                ["facets"] = new JsonObject
                {
                    [GovernanceFacets.ConsumerLag.Key] = Custom(GovernanceFacets.ConsumerLag, new JsonObject
                    {
                        ["verdict"] = verdict,
                        ["totalLag"] = lags.Sum(p => p.LogEnd - p.Committed),
                        ["partitions"] = new JsonArray(lags.Select(p => (JsonNode)new JsonObject
                        {
                            ["topic"] = p.Topic, ["partition"] = p.Partition, ["committedOffset"] = p.Committed,
                            ["logEndOffset"] = p.LogEnd, ["lag"] = p.LogEnd - p.Committed, ["status"] = verdict,
                        }).ToArray()),
                    }),
                },
            },
            ["job"] = new JsonObject { ["namespace"] = ns, ["name"] = group },
            ["inputs"] = new JsonArray(inputs.Select(i => (JsonNode)new JsonObject { ["namespace"] = i.Namespace, ["name"] = i.Name }).ToArray()),
            ["outputs"] = new JsonArray(),
        };
    }

    private static JsonObject Edge((string Namespace, string Name, string Kind, string Detail) edge, string facetsKey, GovernanceFacet facet) => new()
    {
        ["namespace"] = edge.Namespace,
        ["name"] = edge.Name,
        [facetsKey] = new JsonObject
        {
            [facet.Key] = Custom(facet, new JsonObject
            {
                ["evidence"] = new JsonArray(new JsonObject { ["kind"] = edge.Kind, ["detail"] = edge.Detail }),
            }),
        },
    };

    private static JsonObject Standard(string schema, JsonObject body)
    {
        body["_producer"] = Producer;
        body["_schemaURL"] = FacetSchemaUrls.For(schema);
        return body;
    }

    private static JsonObject Custom(GovernanceFacet facet, JsonObject body)
    {
        var json = new JsonObject { ["_producer"] = Producer, ["_schemaURL"] = facet.SchemaUrl(Portal) };
        foreach (var (key, value) in body)
        {
            json[key] = value?.DeepClone();
        }

        return json;
    }

    private static string Time(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);
}
