using System.Net;
using System.Text.Json.Nodes;
using Governance.Model.OpenLineage;
using Governance.Model.OpenLineage.GovernanceFacets;
using Governance.Web.Tests.Infrastructure;

namespace Governance.Web.Tests.Catalog;

/// <summary>What a topic is labelled with, as the collector learns it from Schema Registry.</summary>
/// <param name="Owner">The data contract's owner (the <c>ownership</c> facet).</param>
/// <param name="Domain">The subject's <c>metadata.properties.domain</c>.</param>
/// <param name="RegistryOwner">The subject's <c>metadata.properties.owner</c>.</param>
/// <param name="FieldTags">Field-level tags such as (<c>customer_email</c>, <c>PII</c>).</param>
/// <param name="Tags">Dataset-level tags as key, value.</param>
public sealed record TopicLabels(
    string? Owner = null,
    string? Domain = null,
    string? RegistryOwner = null,
    (string Field, string Tag)[]? FieldTags = null,
    (string Key, string Value)[]? Tags = null);

/// <summary>Builds datasets and jobs with the facets the collector emits (see the collector's TopicEventBuilder).</summary>
public static class CollectorFacets
{
    private const string PortalBaseUrl = "http://governance.example";

    /// <summary>A topic with its schema, ownership, tags and schema registry facets.</summary>
    public static JsonObject Topic(string ns, string name, TopicLabels labels, string? description = null)
    {
        var fields = new[] { ("id", "string") }
            .Concat((labels.FieldTags ?? []).Select(t => (t.Field, "string")).Distinct())
            .ToArray();
        var topic = TestEvents.Dataset(ns, name, fields);
        if (description is not null)
        {
            topic.WithFacet("documentation", FacetSchemaUrls.For("DocumentationDatasetFacet"), new JsonObject { ["description"] = description });
        }

        if (labels.Owner is { } owner)
        {
            topic.WithFacet("ownership", FacetSchemaUrls.For("OwnershipDatasetFacet"), Owners(owner));
        }

        var tags = (labels.FieldTags ?? []).Select(t => new JsonObject
            {
                ["key"] = t.Tag, ["value"] = "true", ["source"] = "SCHEMA_REGISTRY", ["field"] = t.Field,
            })
            .Concat((labels.Tags ?? []).Select(t => new JsonObject { ["key"] = t.Key, ["value"] = t.Value, ["source"] = "USER" }))
            .ToArray();
        if (tags.Length > 0)
        {
            topic.WithFacet("tags", FacetSchemaUrls.For("TagsDatasetFacet"), new JsonObject { ["tags"] = new JsonArray(tags) });
        }

        if (labels.Domain is not null || labels.RegistryOwner is not null)
        {
            var properties = new JsonObject();
            if (labels.Domain is { } domain)
            {
                properties["domain"] = domain;
            }

            if (labels.RegistryOwner is { } registryOwner)
            {
                properties["owner"] = registryOwner;
            }

            topic.WithFacet(GovernanceFacets.SchemaRegistry.Key, GovernanceFacets.SchemaRegistry.SchemaUrl(PortalBaseUrl), new JsonObject
            {
                ["subjects"] = new JsonArray(new JsonObject
                {
                    ["role"] = "value", ["subject"] = $"{name}-value", ["version"] = 1, ["schemaId"] = 1, ["schemaType"] = "AVRO",
                    ["metadata"] = new JsonObject { ["properties"] = properties },
                }),
            });
        }

        return topic;
    }

    /// <summary>Job facets naming the job's owner.</summary>
    public static JsonObject JobOwnership(string owner) => new()
    {
        ["ownership"] = WithSchema(Owners(owner), FacetSchemaUrls.For("OwnershipJobFacet")),
    };

    /// <summary>Sends an event and insists it was stored.</summary>
    public static async Task PostAsync(HttpClient client, JsonObject evt)
    {
        var response = await client.PostJsonAsync("/api/v1/lineage", evt);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static JsonObject Owners(string owner) => new()
    {
        ["owners"] = new JsonArray(new JsonObject { ["name"] = owner, ["type"] = "TEAM" }),
    };

    private static JsonObject WithSchema(JsonObject body, string schemaUrl)
    {
        body["_producer"] = TestEvents.Producer;
        body["_schemaURL"] = schemaUrl;
        return body;
    }
}
