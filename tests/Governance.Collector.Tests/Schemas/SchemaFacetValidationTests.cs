using System.Text.Json;
using Governance.Collector.Schemas;
using Governance.Model.OpenLineage;
using Governance.Model.OpenLineage.Validation;

namespace Governance.Collector.Tests.Schemas;

/// <summary>
/// The facets built from extracted schemas (as the collector's topic events carry them) are valid OpenLineage,
/// strictly: no errors and no warnings.
/// </summary>
public sealed class SchemaFacetValidationTests
{
    private const string Producer = "https://github.com/retail/governance/tree/main/src/Governance.Collector";
    private const string SchemaFacetUrl = "https://openlineage.io/spec/facets/1-2-0/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet";

    private static readonly DictionarySchemaReferenceResolver References = new(new Dictionary<string, string>
    {
        ["com.retail.Address"] = RetailSchemas.AvroAddress,
        ["address.json"] = RetailSchemas.JsonAddress,
        ["retail/common/address.proto"] = RetailSchemas.ProtoAddress,
    });

    public static TheoryData<string, string, string> Schemas => new()
    {
        { "AVRO", RetailSchemas.AvroOrder, "retail.orders" },
        { "JSON", RetailSchemas.JsonPayment, "retail.payments" },
        { "PROTOBUF", RetailSchemas.ProtoPosTransaction, "retail.pos-transactions" },
    };

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Schema_and_tags_facets_validate_strictly_inside_a_dataset_event(string schemaType, string text, string topic)
    {
        var schema = ConfluentMetadataTags.Apply(
            SchemaFieldExtractor.Extract(schemaType, text, References),
            JsonDocument.Parse("""{ "tags": { "**.city": ["LOCATION"] } }""").RootElement);
        var evt = new DatasetEvent
        {
            EventTime = "2026-03-14T09:26:53.589Z",
            Producer = Producer,
            SchemaUrl = FacetSchemaUrls.DatasetEvent,
            Dataset = new StaticDataset { Namespace = "kafka://lkc-retail01", Name = topic },
        };
        evt.Dataset.Facets.Schema = SchemaFacet(schema);
        evt.Dataset.Facets.Tags = new TagsDatasetFacet
        {
            Producer = Producer,
            SchemaUrl = FacetSchemaUrls.For("TagsDatasetFacet"),
            Tags = schema.FieldTags
                .SelectMany(entry => entry.Value.Select(tag => new DatasetTag { Key = tag, Value = "true", Source = "SCHEMA_REGISTRY", Field = entry.Key }))
                .ToList(),
        };

        var json = OpenLineageJson.SerializeToElement(evt);
        var result = OpenLineageValidator.Default.Validate(json);

        Assert.True(result.Errors.Count == 0 && result.Warnings.Count == 0, result.ToString());
        Assert.Equal("DatasetEvent", result.EventSchema);
        var facet = json.GetProperty("dataset").GetProperty("facets").GetProperty("schema");
        Assert.Equal(SchemaFacetUrl, facet.GetProperty("_schemaURL").GetString());
        Assert.Equal(schema.Fields.Count, facet.GetProperty("fields").GetArrayLength());
        Assert.Contains(evt.Dataset.Facets.Tags.Tags, t => t.Key == "LOCATION" && t.Field!.EndsWith(".city", StringComparison.Ordinal));
    }

    [Fact]
    public void The_serialised_facet_carries_nested_fields_and_ordinal_positions_and_omits_empty_parts()
    {
        var schema = SchemaFieldExtractor.Extract("AVRO", """
            { "type": "record", "name": "Shipment", "namespace": "com.retail", "fields": [
              { "name": "id", "type": "string" },
              { "name": "to", "type": "Address", "doc": "Delivery address." } ] }
            """, References);

        var json = JsonSerializer.SerializeToElement(SchemaFacet(schema), OpenLineageJson.Options);

        Assert.Equal(
            "{\"_producer\":\"https://github.com/retail/governance/tree/main/src/Governance.Collector\","
            + "\"_schemaURL\":\"https://openlineage.io/spec/facets/1-2-0/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet\","
            + "\"fields\":[{\"name\":\"id\",\"type\":\"string\",\"ordinal_position\":1},"
            + "{\"name\":\"to\",\"type\":\"com.retail.Address\",\"description\":\"Delivery address.\",\"ordinal_position\":2,\"fields\":["
            + "{\"name\":\"street\",\"type\":\"string\",\"ordinal_position\":1},"
            + "{\"name\":\"city\",\"type\":\"string\",\"ordinal_position\":2},"
            + "{\"name\":\"postal_code\",\"type\":\"string\",\"ordinal_position\":3},"
            + "{\"name\":\"country\",\"type\":\"string\",\"description\":\"ISO 3166-1 alpha-2 code.\",\"ordinal_position\":4}]}]}",
            json.GetRawText());
    }

    [Fact]
    public void The_schema_url_names_the_version_of_the_embedded_facet_schema()
    {
        using var stream = typeof(OpenLineageValidator).Assembly.GetManifestResourceStream("OpenLineage.Schemas.facets/SchemaDatasetFacet.json")
            ?? throw new InvalidOperationException("SchemaDatasetFacet.json is not embedded in Governance.Model");
        using var document = JsonDocument.Parse(stream);

        Assert.Equal(SchemaFacetUrl, document.RootElement.GetProperty("$id").GetString() + "#/$defs/SchemaDatasetFacet");
        Assert.Equal(SchemaFacetUrl, FacetSchemaUrls.For("SchemaDatasetFacet"));
    }

    private static SchemaDatasetFacet SchemaFacet(ExtractedSchema schema) =>
        new() { Producer = Producer, SchemaUrl = SchemaFacetUrl, Fields = schema.Fields.ToList() };
}
