using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Governance.Model.OpenLineage.GovernanceFacets;
using Governance.Web.Data.Entities;
using Governance.Web.Tests.Infrastructure;

namespace Governance.Web.Tests.Contracts;

/// <summary>Contract documents, known subjects and requests for the contract tests.</summary>
internal static class ContractTestData
{
    public const string Yaml = "application/yaml";

    /// <summary>An ODCS contract for one topic: header, a Kafka server, the topic with two fields, optional subject.</summary>
    public static string Document(
        string id, string status = "draft", string version = "1.0.0", string topic = "orders.v1", string host = "broker-1:9092",
        string? subject = null, string owner = "team-orders", string amountRules = "{ minimum: 0 }", string? qualityRule = null)
    {
        var custom = subject is null ? string.Empty : $"""
            customProperties:
              - property: schemaRegistrySubject
                value: {subject}
              - property: schemaCompatibility
                value: BACKWARD_TRANSITIVE

            """;
        var quality = qualityRule is null ? string.Empty : $"""
                quality:
                  - name: positive_amount
                    type: custom
                    engine: cel
                    implementation: {qualityRule}
                    severity: error

            """;
        return $"""
            apiVersion: v3.1.0
            kind: DataContract
            id: {id}
            name: Orders
            version: {version}
            status: {status}
            servers:
              - server: production
                type: kafka
                host: {host}
            schema:
              - name: {topic}
                physicalType: topic
                properties:
                  - name: order_id
                    logicalType: string
                    required: true
                    classification: public
                  - name: amount
                    logicalType: number
                    logicalTypeOptions: {amountRules}
            {quality}team:
              name: {owner}
            {custom}
            """;
    }

    /// <summary>A POST of a YAML document.</summary>
    public static StringContent YamlBody(string yaml, string mediaType = Yaml) =>
        new(yaml, Encoding.UTF8, new MediaTypeHeaderValue(mediaType));

    /// <summary>Makes <paramref name="subject"/> known the way the collector does: a registered version it reported.</summary>
    public static Task RegisterSubjectAsync(GovernanceApp app, string subject) => app.QueryAsync(async db =>
    {
        db.RegistrySchemaVersions.Add(new RegistrySchemaVersion
        {
            Namespace = "kafka://broker-1:9092", Subject = subject, Version = 1, SchemaId = 1, SchemaType = "AVRO",
            Schema = """{"type":"record","name":"Order","fields":[]}""", FirstSeenAt = DateTime.UtcNow, RawEventId = 0,
        });
        return await db.SaveChangesAsync();
    });

    /// <summary>
    /// Reports a topic with the collector's registry facet naming <paramref name="subject"/>, Confluent metadata and a
    /// rule set, through the ingestion API.
    /// </summary>
    public static async Task ReportTopicAsync(HttpClient ingest, string ns, string topic, string subject)
    {
        var registry = new JsonObject
        {
            ["subjects"] = new JsonArray(new JsonObject
            {
                ["role"] = "value", ["subject"] = subject, ["version"] = 3, ["schemaId"] = 42, ["schemaType"] = "AVRO",
                ["compatibility"] = "BACKWARD",
                ["metadata"] = new JsonObject
                {
                    ["tags"] = new JsonObject { ["Order.customer_email"] = new JsonArray("PII") },
                    ["properties"] = new JsonObject { ["owner"] = "team-orders", ["domain"] = "sales" },
                },
                ["ruleSet"] = new JsonObject
                {
                    ["domainRules"] = new JsonArray(new JsonObject
                    {
                        ["name"] = "checkAmount", ["kind"] = "CONDITION", ["type"] = "CEL", ["mode"] = "WRITE",
                        ["expr"] = "message.amount > 0", ["onFailure"] = "DLQ",
                    }),
                    ["migrationRules"] = new JsonArray(new JsonObject
                    {
                        ["name"] = "upgrade-total", ["kind"] = "TRANSFORM", ["type"] = "JSONATA", ["mode"] = "UPGRADE", ["expr"] = "$merge([$, {'amount': total}])",
                    }),
                },
            }),
        };
        var dataset = TestEvents.Dataset(ns, topic, ("order_id", "string"), ("amount", "double"))
            .WithFacet(GovernanceFacets.SchemaRegistry.Key, GovernanceFacets.SchemaRegistry.SchemaUrl("http://portal.test"), registry);
        using var response = await ingest.PostJsonAsync("/api/v1/lineage", TestEvents.DatasetEvent(dataset, DateTimeOffset.UtcNow));
        response.EnsureSuccessStatusCode();
    }

    public static string ContractUrl(string key) => $"/api/v1/contracts/{Uri.EscapeDataString(key)}";
}
