using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Model.OpenLineage;
using Governance.Model.OpenLineage.GovernanceFacets;

namespace Governance.Web.BrowserTests.Contracts;

/// <summary>
/// Two payment topics as the Kafka collector reports them, each with its owner, schema and Schema Registry facet
/// (subject, Confluent metadata and a rule set); and a contract for one of them, with a revision awaiting review,
/// written through the contracts API.
/// </summary>
public static class ContractScenario
{
    public const string Kafka = "kafka://pay-broker:9092";
    public const string Cluster = "pay-broker:9092";
    public const string Payments = "payments.v1";
    public const string Refunds = "refunds.v1";
    public const string Owner = "team-payments";

    /// <summary>The contract the fixture writes for <see cref="Payments"/>.</summary>
    public const string PaymentsContract = "payments.payments.v1";

    private const string Producer = "urn:governance:collector:1.0.0";
    private const string Portal = "http://portal.test";
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public static IEnumerable<JsonObject> Events()
    {
        yield return Topic(Payments, "Payment authorisations and captures.",
            [("payment_id", "string"), ("order_id", "string"), ("amount", "double"), ("currency", "string"), ("card_number", "string")]);
        yield return Topic(Refunds, "Refunds granted to customers.", [("refund_id", "string"), ("payment_id", "string"), ("amount", "double")]);
    }

    /// <summary>The contract for <see cref="Payments"/>: active, with field rules, quality rules and service levels.</summary>
    public static string PaymentsDocument(string status = "active", string version = "1.0.0", string amountMinimum = "0") => $$"""
        apiVersion: v3.1.0
        kind: DataContract
        id: {{PaymentsContract}}
        name: Payments
        version: {{version}}
        status: {{status}}
        description:
          purpose: Every payment authorisation and capture, for billing and fraud detection.
        servers:
          - server: production
            type: kafka
            host: {{Cluster}}
        schema:
          - name: {{Payments}}
            physicalType: topic
            properties:
              - name: payment_id
                logicalType: string
                required: true
                logicalTypeOptions: { pattern: '^pay_[0-9a-z]+$' }
              - name: amount
                logicalType: number
                required: true
                logicalTypeOptions: { minimum: {{amountMinimum}}, maximum: 100000 }
              - name: currency
                logicalType: string
                quality:
                  - metric: invalidValues
                    arguments: { validValues: [EUR, USD, GBP] }
                    mustBe: 0
              - name: card_number
                logicalType: string
                classification: pci
            quality:
              - name: captured_has_amount
                type: custom
                engine: cel
                implementation: record.amount > 0
                severity: error
        team:
          name: {{Owner}}
        slaProperties:
          - property: latency
            value: 5
            unit: min
        customProperties:
          - property: schemaRegistrySubject
            value: {{Payments}}-value
          - property: schemaCompatibility
            value: FULL_TRANSITIVE
          - property: consumerGroupMaxLag
            value:
              - consumerGroup: billing
                maxLag: 5000
          - property: deadLetterTopicRequired
            value: true
          - property: deadLetterTopic
            value: {{Payments}}.dlq
        """;

    private static JsonObject Topic(string name, string description, (string Name, string Type)[] fields)
    {
        var facets = new JsonObject
        {
            ["schema"] = Standard("SchemaDatasetFacet", new JsonObject
            {
                ["fields"] = new JsonArray(fields.Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["type"] = f.Type }).ToArray()),
            }),
            ["datasetType"] = Standard("DatasetTypeDatasetFacet", new JsonObject { ["datasetType"] = "TOPIC" }),
            ["documentation"] = Standard("DocumentationDatasetFacet", new JsonObject { ["description"] = description }),
            ["ownership"] = Standard("OwnershipDatasetFacet", new JsonObject
            {
                ["owners"] = new JsonArray(new JsonObject { ["name"] = Owner, ["type"] = "TEAM" }),
            }),
            [GovernanceFacets.SchemaRegistry.Key] = Custom(GovernanceFacets.SchemaRegistry, new JsonObject
            {
                ["subjects"] = new JsonArray(new JsonObject
                {
                    ["role"] = "value", ["subject"] = name + "-value", ["version"] = 3, ["schemaId"] = 31, ["schemaType"] = "AVRO",
                    ["compatibility"] = "BACKWARD",
                    ["metadata"] = new JsonObject
                    {
                        ["tags"] = new JsonObject { ["Payment.card_number"] = new JsonArray("PCI") },
                        ["properties"] = new JsonObject { ["owner"] = Owner, ["domain"] = "payments" },
                    },
                    ["ruleSet"] = new JsonObject
                    {
                        ["domainRules"] = new JsonArray(
                            new JsonObject
                            {
                                ["name"] = "checkCurrency", ["kind"] = "CONDITION", ["type"] = "CEL", ["mode"] = "WRITE",
                                ["expr"] = "message.currency in ['EUR', 'USD', 'GBP']", ["onFailure"] = "DLQ",
                            },
                            new JsonObject
                            {
                                ["name"] = "encryptCard", ["kind"] = "TRANSFORM", ["type"] = "ENCRYPT", ["mode"] = "WRITEREAD",
                                ["tags"] = new JsonArray("PCI"), ["params"] = new JsonObject { ["encrypt.kek.name"] = "payments-kek" },
                            }),
                        ["migrationRules"] = new JsonArray(new JsonObject
                        {
                            ["name"] = "upgrade-total-to-amount", ["kind"] = "TRANSFORM", ["type"] = "JSONATA", ["mode"] = "UPGRADE",
                            ["expr"] = "$merge([$sift($, function($v, $k) {$k != 'total'}), {'amount': $.'total'}])",
                        }),
                    },
                }),
            }),
        };
        return new JsonObject
        {
            ["eventTime"] = Start.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["producer"] = Producer,
            ["schemaURL"] = FacetSchemaUrls.DatasetEvent,
            ["dataset"] = new JsonObject { ["namespace"] = Kafka, ["name"] = name, ["facets"] = facets },
        };
    }

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
}
