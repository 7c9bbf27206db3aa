using Governance.Collector.Schemas;
using Governance.Model.Platform;

namespace Governance.Collector.Tests.Schemas;

public sealed class RegistrySchemaReferenceResolverTests
{
    [Fact]
    public void References_and_their_references_resolve_to_the_registered_subject_versions()
    {
        var country = Version(1, 30, """{ "type": "enum", "name": "Country", "namespace": "com.retail", "symbols": ["DE", "FR", "NL"] }""");
        var addressV1 = Version(1, 31, """{ "type": "record", "name": "Address", "namespace": "com.retail", "fields": [ { "name": "city", "type": "string" } ] }""");
        var addressV2 = Version(2, 32, """
            { "type": "record", "name": "Address", "namespace": "com.retail", "fields": [
              { "name": "city", "type": "string" }, { "name": "country", "type": "Country" } ] }
            """, new SchemaReferenceInfo("com.retail.Country", "country-value", -1));
        var order = Version(5, 40, """
            { "type": "record", "name": "Order", "namespace": "com.retail", "fields": [ { "name": "ship_to", "type": "Address" } ] }
            """, new SchemaReferenceInfo("com.retail.Address", "address-value", 2));
        var registry = new SchemaRegistrySnapshot
        {
            Url = "http://schema-registry:8081",
            Subjects =
            [
                new SubjectInfo("country-value", null, [country]),
                new SubjectInfo("address-value", null, [addressV1, addressV2]),
                new SubjectInfo("retail.orders-value", "BACKWARD", [order]),
            ],
        };

        var resolver = new RegistrySchemaReferenceResolver(registry, order);
        var schema = SchemaFieldExtractor.Extract(order.SchemaType, order.Schema, resolver);

        Assert.Equal("ship_to: com.retail.Address\n  city: string\n  country: com.retail.Country", FieldTree.Render(schema.Fields));
        Assert.Null(resolver.Resolve("com.retail.Missing"));
    }

    [Fact]
    public void A_reference_to_a_version_the_snapshot_lacks_does_not_resolve()
    {
        var order = Version(1, 1, "\"com.retail.Address\"", new SchemaReferenceInfo("com.retail.Address", "address-value", 7));
        var registry = new SchemaRegistrySnapshot { Url = "http://schema-registry:8081", Subjects = [new SubjectInfo("retail.orders-value", null, [order])] };

        var error = Assert.Throws<SchemaParseException>(() => SchemaFieldExtractor.Extract("AVRO", order.Schema, new RegistrySchemaReferenceResolver(registry, order)));

        Assert.Equal("AVRO schema: unknown type 'com.retail.Address' at the root schema: it is not defined in the schema and no schema reference resolves it", error.Message);
    }

    private static SchemaVersionInfo Version(int version, int id, string schema, params SchemaReferenceInfo[] references) =>
        new(version, id, "AVRO", schema, references, null, null);
}
