using System.Text.Json;
using Governance.Collector.Schemas;

namespace Governance.Collector.Tests.Schemas;

public sealed class ConfluentMetadataTagsTests
{
    private static readonly DictionarySchemaReferenceResolver References = new(new Dictionary<string, string>
    {
        ["com.retail.Address"] = RetailSchemas.AvroAddress,
        ["address.json"] = RetailSchemas.JsonAddress,
        ["retail/common/address.proto"] = RetailSchemas.ProtoAddress,
    });

    [Fact]
    public void Avro_metadata_tags_match_record_relative_paths_wildcards_and_confluent_enclosing_record_names()
    {
        var schema = SchemaFieldExtractor.Extract("AVRO", RetailSchemas.AvroOrder, References);

        var tagged = ConfluentMetadataTags.Apply(schema, Metadata("""
            {
              "tags": {
                "com.retail.Order.customer.phone": ["PII"],
                "Order.payment.card_token": ["SENSITIVE", "PCI"],
                "**.email": ["CONTACT"],
                "Order.*.customer_id": ["ID"],
                "Order.*.city": ["CITY"],
                "com.retail.Address.city": ["LOCATION"],
                "Order.items.sku": ["PRODUCT"],
                "com.retail.Unrelated.x": ["NEVER"]
              },
              "properties": { "owner": "checkout-team" }
            }
            """));

        // '*' spans one segment: "Order.*.city" tags shipping_address.city, not customer.address.city.
        Assert.Equal(
            """
            customer.address.city: LOCATION
            customer.address.postal_code: PII
            customer.address.street: PII
            customer.customer_id: ID
            customer.email: PII, CONTACT
            customer.phone: PII
            free_gifts.gift_message: FREE_TEXT
            items.gift_message: FREE_TEXT
            items.sku: PRODUCT
            payment.card_token: PCI, SENSITIVE
            shipping_address.city: CITY, LOCATION
            shipping_address.postal_code: PII
            shipping_address.street: PII
            """,
            FieldTree.RenderTags(tagged));

        // The input is left as it was.
        Assert.False(schema.FieldTags.ContainsKey("customer.phone"));
        Assert.Same(schema.Fields, tagged.Fields);
    }

    [Fact]
    public void Json_metadata_tags_match_the_title_and_confluent_dollar_paths()
    {
        var schema = SchemaFieldExtractor.Extract("JSON", RetailSchemas.JsonPayment, References);

        var tagged = ConfluentMetadataTags.Apply(schema, Metadata("""
            { "tags": { "Payment.card.expiry": ["PCI"], "$.refunds.reason": ["FREE_TEXT"], "**.amount.*": ["MONEY"] } }
            """));

        Assert.Equal(
            """
            amount.currency: MONEY
            amount.value: MONEY
            billing_address.street: PII
            card.expiry: PCI
            card.holder: PII
            card.token: PCI
            payer_email: PII
            refunds.amount.currency: MONEY
            refunds.amount.value: MONEY
            refunds.reason: FREE_TEXT
            """,
            FieldTree.RenderTags(tagged));
    }

    [Fact]
    public void Protobuf_metadata_tags_match_package_qualified_and_nested_message_names()
    {
        var schema = SchemaFieldExtractor.Extract("PROTOBUF", RetailSchemas.ProtoPosTransaction, References);

        var tagged = ConfluentMetadataTags.Apply(schema, Metadata("""
            {
              "tags": {
                "com.retail.pos.PosTransaction.LineItem.sku": ["PRODUCT"],
                "PosTransaction.cashier_note": ["FREE_TEXT"],
                "**.postal_code": ["PII"],
                "com.retail.pos.PosTransaction.customer.email": ["PII"]
              }
            }
            """));

        Assert.Equal(
            """
            cashier_note: FREE_TEXT
            customer.email: PII, CONTACT
            items.sku: PRODUCT
            loyalty_card: PII
            store.address.postal_code: PII
            store.address.street: PII
            """,
            FieldTree.RenderTags(tagged));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("null")]
    [InlineData("""{ "properties": { "owner": "x" } }""")]
    [InlineData("""{ "tags": {} }""")]
    public void Metadata_without_tags_leaves_the_schema_unchanged(string? metadata)
    {
        var schema = SchemaFieldExtractor.Extract("AVRO", RetailSchemas.AvroAddress, null);

        Assert.Same(schema, ConfluentMetadataTags.Apply(schema, metadata is null ? null : Metadata(metadata)));
    }

    [Theory]
    [InlineData("[]", "METADATA schema: the data-contract metadata must be an object but is array")]
    [InlineData("""{ "tags": ["PII"] }""", "METADATA schema: 'tags' must map field paths to arrays of tags but is [\"PII\"]")]
    [InlineData("""{ "tags": { "Address.city": "PII" } }""", "METADATA schema: the tags of 'Address.city' must be an array of strings but are \"PII\"")]
    public void Malformed_metadata_is_reported(string metadata, string message)
    {
        var schema = SchemaFieldExtractor.Extract("AVRO", RetailSchemas.AvroAddress, null);

        var error = Assert.Throws<SchemaParseException>(() => ConfluentMetadataTags.Apply(schema, Metadata(metadata)));

        Assert.Equal(message, error.Message);
        Assert.Equal("METADATA", error.SchemaType);
    }

    [Theory]
    [InlineData("eve", "eve*", true)]
    [InlineData("alice.bob.eve", "a*.bob.eve", true)]
    [InlineData("alice.bob.eve", "a*.bob.e*", true)]
    [InlineData("alice.bob.eve", "a*", false)]
    [InlineData("alice.bob.eve", "a**", true)]
    [InlineData("alice.bob.eve", "alice.bob*", false)]
    [InlineData("alice.bob.eve", "alice.bob**", true)]
    [InlineData("alice.bob.eve", "**.eve", true)]
    [InlineData("eve", "**.*", true)]
    [InlineData("alice.bob.eve", "alice.?ob.eve", true)]
    [InlineData("alice.bob.eve", "alice?bob.eve", false)]
    [InlineData("a*b.c", @"a\*b.c", true)]
    [InlineData("axb.c", @"a\*b.c", false)]
    [InlineData("Order.customer(1).email", "Order.customer(1).email", true)]
    public void Tag_paths_use_confluents_wildcards(string name, string pattern, bool matches)
    {
        Assert.Equal(matches, new TagPattern(pattern).Matches(name));
    }

    private static JsonElement Metadata(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
