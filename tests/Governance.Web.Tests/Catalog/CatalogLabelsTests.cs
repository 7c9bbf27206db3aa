using System.Text.Json;
using Governance.Web.Catalog;
using Governance.Web.Data.Entities;

namespace Governance.Web.Tests.Catalog;

public sealed class CatalogLabelsTests
{
    [Fact]
    public void Reads_owners_tags_classifications_and_registry_domain_from_collector_facets()
    {
        const string facets = """
            {
              "ownership": { "owners": [ { "name": "team-orders", "type": "TEAM" } ] },
              "tags": { "tags": [
                { "key": "PII", "value": "true", "source": "SCHEMA_REGISTRY", "field": "customer.email" },
                { "key": "pci", "field": "payment.card" },
                { "key": "classification", "value": "confidential" },
                { "key": "tier", "value": "gold" },
                { "key": "domain", "value": "sales" },
                { "key": "critical" }
              ] },
              "governance_schemaRegistry": { "subjects": [
                { "role": "value", "subject": "orders-value", "version": 3, "schemaId": 7, "schemaType": "AVRO",
                  "metadata": { "properties": { "owner": "team-orders", "domain": "orders" } } }
              ] }
            }
            """;

        var labels = CatalogLabels.FromFacets(JsonDocument.Parse(facets).RootElement);

        Assert.Equal(
            [
                new CatalogLabel(CatalogTermKind.Owner, "team-orders", null),
                new CatalogLabel(CatalogTermKind.Domain, "orders", null),
                new CatalogLabel(CatalogTermKind.Domain, "sales", null),
                new CatalogLabel(CatalogTermKind.Tag, "critical", null),
                new CatalogLabel(CatalogTermKind.Tag, "tier:gold", null),
                new CatalogLabel(CatalogTermKind.Classification, "CONFIDENTIAL", null),
                new CatalogLabel(CatalogTermKind.Classification, "PII", "customer.email"),
                new CatalogLabel(CatalogTermKind.Classification, "PCI", "payment.card"),
            ],
            labels);
    }

    [Fact]
    public void A_classification_key_with_a_value_other_than_true_is_a_plain_tag()
    {
        var labels = CatalogLabels.FromFacetsJson("""{ "tags": { "tags": [ { "key": "PII", "value": "false" } ] } }""");

        Assert.Equal([new CatalogLabel(CatalogTermKind.Tag, "PII:false", null)], labels);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("""{ "tags": { "tags": "not a list" }, "ownership": { "owners": [ { "type": "TEAM" } ] } }""")]
    public void Missing_or_malformed_facets_give_no_labels(string? json) =>
        Assert.Empty(CatalogLabels.FromFacetsJson(json));
}
