using System.Globalization;
using System.Text.Json.Nodes;

namespace Governance.Web.BrowserTests.Infrastructure;

/// <summary>Builds OpenLineage 2-0-2 run events and the standard facets the portal shows.</summary>
public static class LineageEvents
{
    public const string Producer = "https://github.com/governance/browser-tests";
    private const string RunEventSchema = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent";
    private const string FacetSpec = "https://openlineage.io/spec/facets/";

    /// <summary>A schema field; <paramref name="fields"/> makes it a struct with nested fields.</summary>
    public static JsonObject Field(string name, string type, string? description = null, params JsonObject[] fields)
    {
        var field = new JsonObject { ["name"] = name, ["type"] = type };
        if (description is not null)
        {
            field["description"] = description;
        }

        if (fields.Length > 0)
        {
            field["fields"] = new JsonArray(fields.Select(f => (JsonNode)f).ToArray());
        }

        return field;
    }

    /// <summary>A dataset with schema, documentation, type, data source and (optionally) tags facets.</summary>
    public static JsonObject Dataset(
        string @namespace, string name, string description, string datasetType, string source, IEnumerable<JsonObject> fields,
        IReadOnlyDictionary<string, string>? tags = null)
    {
        var facets = new JsonObject
        {
            ["schema"] = Facet("1-2-0/SchemaDatasetFacet", new JsonObject
            {
                ["fields"] = new JsonArray(fields.Select(f => (JsonNode)f).ToArray()),
            }),
            ["documentation"] = Facet("1-1-0/DocumentationDatasetFacet", new JsonObject { ["description"] = description }),
            ["datasetType"] = Facet("1-0-1/DatasetTypeDatasetFacet", new JsonObject { ["datasetType"] = datasetType }),
            ["dataSource"] = Facet("1-0-1/DatasourceDatasetFacet", new JsonObject { ["name"] = source, ["uri"] = @namespace }),
        };
        if (tags is { Count: > 0 })
        {
            facets["tags"] = Facet("1-0-0/TagsDatasetFacet", new JsonObject
            {
                ["tags"] = new JsonArray(tags.Select(t => (JsonNode)new JsonObject { ["key"] = t.Key, ["value"] = t.Value, ["source"] = "USER" }).ToArray()),
            });
        }

        return new JsonObject { ["namespace"] = @namespace, ["name"] = name, ["facets"] = facets };
    }

    /// <summary>Adds an <c>ownership</c> facet naming a team, as the collector reports a data contract's owner.</summary>
    public static JsonObject WithOwner(this JsonObject dataset, string team)
    {
        var facets = (JsonObject)dataset["facets"]!;
        facets["ownership"] = Facet("1-0-1/OwnershipDatasetFacet", new JsonObject
        {
            ["owners"] = new JsonArray(new JsonObject { ["name"] = team, ["type"] = "TEAM" }),
        });
        return dataset;
    }

    /// <summary>Tags one field (e.g. <c>PII</c>), as the collector reports Schema Registry field tags.</summary>
    public static JsonObject WithFieldTag(this JsonObject dataset, string field, string tag)
    {
        var facets = (JsonObject)dataset["facets"]!;
        if (facets["tags"] is not JsonObject tags)
        {
            tags = Facet("1-0-0/TagsDatasetFacet", new JsonObject { ["tags"] = new JsonArray() });
            facets["tags"] = tags;
        }

        ((JsonArray)tags["tags"]!).Add(new JsonObject { ["key"] = tag, ["value"] = "true", ["source"] = "SCHEMA_REGISTRY", ["field"] = field });
        return dataset;
    }

    /// <summary>A reference to a dataset described elsewhere (no facets).</summary>
    public static JsonObject DatasetRef(string @namespace, string name) => new() { ["namespace"] = @namespace, ["name"] = name };

    /// <summary>A COMPLETE run event of a streaming job.</summary>
    public static JsonObject CompleteRun(
        string jobNamespace, string jobName, string jobDescription, string integration, DateTimeOffset eventTime,
        IEnumerable<JsonObject> inputs, IEnumerable<JsonObject> outputs) => new()
    {
        ["eventType"] = "COMPLETE",
        ["eventTime"] = eventTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
        ["producer"] = Producer,
        ["schemaURL"] = RunEventSchema,
        ["run"] = new JsonObject { ["runId"] = Guid.NewGuid().ToString() },
        ["job"] = new JsonObject
        {
            ["namespace"] = jobNamespace,
            ["name"] = jobName,
            ["facets"] = new JsonObject
            {
                ["documentation"] = Facet("1-1-0/DocumentationJobFacet", new JsonObject { ["description"] = jobDescription }),
                ["jobType"] = Facet("2-0-4/JobTypeJobFacet", new JsonObject
                {
                    ["processingType"] = "STREAMING",
                    ["integration"] = integration,
                    ["jobType"] = "JOB",
                }),
            },
        },
        ["inputs"] = new JsonArray(inputs.Select(i => (JsonNode)i.DeepClone()).ToArray()),
        ["outputs"] = new JsonArray(outputs.Select(o => (JsonNode)o.DeepClone()).ToArray()),
    };

    private static JsonObject Facet(string schema, JsonObject body)
    {
        var name = schema[(schema.IndexOf('/', StringComparison.Ordinal) + 1)..];
        var facet = new JsonObject
        {
            ["_producer"] = Producer,
            ["_schemaURL"] = $"{FacetSpec}{schema}.json#/$defs/{name}",
        };
        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            facet[key] = value;
        }

        return facet;
    }
}
