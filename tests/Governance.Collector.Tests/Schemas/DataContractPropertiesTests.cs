using System.Text.Json;
using Governance.Collector.Schemas;

namespace Governance.Collector.Tests.Schemas;

public sealed class DataContractPropertiesTests
{
    private static readonly JsonElement Metadata = JsonDocument.Parse("""
        {
          "properties": {
            "owner": "checkout-team",
            "owner_email": "checkout@retail.example",
            "domain": "retail.orders",
            "retention": "P30D",
            "signing_key": "s3cr3t",
            "empty": "",
            "count": 3
          },
          "sensitive": ["signing_key"],
          "tags": { "**.email": ["PII"] }
        }
        """).RootElement.Clone();

    [Fact]
    public void Owner_domain_and_email_are_read_from_the_conventional_properties()
    {
        Assert.Equal("checkout-team", DataContractProperties.Owner(Metadata));
        Assert.Equal("checkout@retail.example", DataContractProperties.OwnerEmail(Metadata));
        Assert.Equal("retail.orders", DataContractProperties.Domain(Metadata));
        Assert.Equal("P30D", DataContractProperties.Get(Metadata, "retention"));
    }

    [Fact]
    public void Sensitive_empty_and_non_string_properties_are_treated_as_absent()
    {
        Assert.Null(DataContractProperties.Get(Metadata, "signing_key"));
        Assert.Null(DataContractProperties.Get(Metadata, "empty"));
        Assert.Null(DataContractProperties.Get(Metadata, "count"));
        Assert.Equal(["owner", "owner_email", "domain", "retention"], DataContractProperties.All(Metadata).Keys);
        Assert.Equal(["signing_key"], DataContractProperties.Sensitive(Metadata));
    }

    [Fact]
    public void Missing_or_malformed_metadata_yields_nothing()
    {
        Assert.Null(DataContractProperties.Owner(null));
        Assert.Null(DataContractProperties.Domain(JsonDocument.Parse("[1]").RootElement));
        Assert.Null(DataContractProperties.OwnerEmail(JsonDocument.Parse("""{ "properties": "owner" }""").RootElement));
        Assert.Equal("a@b.example", DataContractProperties.OwnerEmail(JsonDocument.Parse("""{ "properties": { "email": "a@b.example" } }""").RootElement));
        Assert.Empty(DataContractProperties.Sensitive(null));
    }
}
