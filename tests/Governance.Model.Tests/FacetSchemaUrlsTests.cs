using Governance.Model.OpenLineage;

namespace Governance.Model.Tests;

public sealed class FacetSchemaUrlsTests
{
    [Theory]
    [InlineData("SchemaDatasetFacet", "https://openlineage.io/spec/facets/1-2-0/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet")]
    [InlineData("JobTypeJobFacet", "https://openlineage.io/spec/facets/2-0-4/JobTypeJobFacet.json#/$defs/JobTypeJobFacet")]
    public void Standard_facet_schema_urls_come_from_the_embedded_schemas(string name, string expected) =>
        Assert.Equal(expected, FacetSchemaUrls.For(name));

    [Fact]
    public void Unknown_facet_is_an_error() =>
        Assert.Throws<ArgumentException>(() => FacetSchemaUrls.For("NoSuchFacet"));
}
