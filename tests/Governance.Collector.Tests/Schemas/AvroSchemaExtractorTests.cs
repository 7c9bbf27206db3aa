using Governance.Collector.Schemas;

namespace Governance.Collector.Tests.Schemas;

public sealed class AvroSchemaExtractorTests
{
    private static readonly DictionarySchemaReferenceResolver AddressReference = new(new Dictionary<string, string>
    {
        ["com.retail.Address"] = RetailSchemas.AvroAddress,
    });

    [Fact]
    public void Order_yields_the_exact_field_tree()
    {
        var schema = SchemaFieldExtractor.Extract("AVRO", RetailSchemas.AvroOrder, AddressReference);

        Assert.Equal("com.retail.Order", schema.FullName);
        Assert.Equal("A customer order placed in the web shop or in a store.", schema.Description);
        Assert.Equal(
            """
            order_id: uuid // Unique order id.
            placed_at: timestamp-millis // When the order was placed.
            status: com.retail.OrderStatus // Lifecycle state.
            customer: com.retail.Customer // Who ordered.
              customer_id: long
              email: string // Contact e-mail.
              phone: string // Mobile number, if given.
              address: com.retail.Address // Billing address.
                street: string
                city: string
                postal_code: string
                country: string // ISO 3166-1 alpha-2 code.
            shipping_address: com.retail.Address
              street: string
              city: string
              postal_code: string
              country: string // ISO 3166-1 alpha-2 code.
            items: array<com.retail.OrderItem> // Ordered lines.
              sku: string
              quantity: int
              unit_price: decimal(10,2)
              gift_message: string
            free_gifts: array<com.retail.OrderItem>
              sku: string
              quantity: int
              unit_price: decimal(10,2)
              gift_message: string
            payment: com.retail.Payment
              method: com.retail.PaymentMethod
              card_token: string // Tokenised card number (never the PAN).
              amount: decimal(12,2)
            attributes: map<string,string>
            loyalty_points: union<int,long>
            """,
            FieldTree.Render(schema.Fields));
    }

    [Fact]
    public void Field_level_confluent_tags_are_collected_by_path_also_inside_referenced_records_and_array_items()
    {
        var schema = SchemaFieldExtractor.Extract(null, RetailSchemas.AvroOrder, AddressReference);

        Assert.Equal(
            """
            customer.address.postal_code: PII
            customer.address.street: PII
            customer.email: PII
            free_gifts.gift_message: FREE_TEXT
            items.gift_message: FREE_TEXT
            payment.card_token: PCI
            shipping_address.postal_code: PII
            shipping_address.street: PII
            """,
            FieldTree.RenderTags(schema));
    }

    [Fact]
    public void Absent_or_lower_case_schema_type_means_avro()
    {
        var absent = SchemaFieldExtractor.Extract("", RetailSchemas.AvroAddress, null);
        var lower = SchemaFieldExtractor.Extract("avro", RetailSchemas.AvroAddress, null);

        Assert.Equal("com.retail.Address", absent.FullName);
        Assert.Equal(FieldTree.Render(absent.Fields), FieldTree.Render(lower.Fields));
        Assert.Equal("A postal address.", lower.Description);
    }

    [Fact]
    public void A_name_used_before_the_record_defining_it_is_resolved()
    {
        var schema = SchemaFieldExtractor.Extract("AVRO", """
            {
              "type": "record", "name": "Shipment", "namespace": "com.retail.logistics",
              "fields": [
                { "name": "return_to", "type": ["null", "Warehouse"] },
                { "name": "ship_from", "type": { "type": "record", "name": "Warehouse", "fields": [
                  { "name": "code", "type": "string" },
                  { "name": "opened", "type": { "type": "int", "logicalType": "date" } }
                ] } }
              ]
            }
            """, null);

        Assert.Equal(
            """
            return_to: com.retail.logistics.Warehouse
              code: string
              opened: date
            ship_from: com.retail.logistics.Warehouse
              code: string
              opened: date
            """,
            FieldTree.Render(schema.Fields));
    }

    [Fact]
    public void A_recursive_record_is_expanded_once_and_cut_with_its_name()
    {
        var schema = SchemaFieldExtractor.Extract("AVRO", """
            {
              "type": "record", "name": "Category", "namespace": "com.retail.catalog",
              "fields": [
                { "name": "name", "type": "string" },
                { "name": "parent", "type": ["null", "Category"], "default": null },
                { "name": "children", "type": { "type": "array", "items": "com.retail.catalog.Category" } },
                { "name": "featured", "type": { "type": "record", "name": "Featured", "fields": [
                  { "name": "category", "type": "Category" },
                  { "name": "since", "type": { "type": "long", "logicalType": "local-timestamp-micros" } }
                ] } }
              ]
            }
            """, null);

        Assert.Equal(
            """
            name: string
            parent: com.retail.catalog.Category
            children: array<com.retail.catalog.Category>
            featured: com.retail.catalog.Featured
              category: com.retail.catalog.Category
              since: local-timestamp-micros
            """,
            FieldTree.Render(schema.Fields));
    }

    [Fact]
    public void A_union_of_records_merges_their_fields_by_name()
    {
        var schema = SchemaFieldExtractor.Extract("AVRO", """
            {
              "type": "record", "name": "Refund", "namespace": "com.retail",
              "fields": [
                { "name": "method", "type": [
                  "null",
                  { "type": "record", "name": "CardRefund", "fields": [
                    { "name": "reference", "type": "string", "doc": "Acquirer reference." },
                    { "name": "card_token", "type": "string", "confluent:tags": ["PCI"] }
                  ] },
                  { "type": "record", "name": "BankRefund", "fields": [
                    { "name": "reference", "type": "string" },
                    { "name": "iban", "type": "string", "confluent:tags": ["PII"] }
                  ] }
                ] }
              ]
            }
            """, null);

        Assert.Equal(
            """
            method: union<com.retail.CardRefund,com.retail.BankRefund>
              reference: string // Acquirer reference.
              card_token: string
              iban: string
            """,
            FieldTree.Render(schema.Fields));
        Assert.Equal("method.card_token: PCI\nmethod.iban: PII", FieldTree.RenderTags(schema));
    }

    [Fact]
    public void Fixed_logical_types_and_invalid_logical_types_follow_the_avro_specification()
    {
        var schema = SchemaFieldExtractor.Extract("AVRO", """
            {
              "type": "record", "name": "Ledger", "namespace": "com.retail.finance",
              "fields": [
                { "name": "hash", "type": { "type": "fixed", "name": "Sha256", "size": 32 } },
                { "name": "amount", "type": { "type": "fixed", "name": "Amount", "size": 16, "logicalType": "decimal", "precision": 20 } },
                { "name": "period", "type": { "type": "fixed", "name": "Period", "size": 12, "logicalType": "duration" } },
                { "name": "booked_on", "type": { "type": "string", "logicalType": "date" } },
                { "name": "rate", "type": { "type": "bytes", "logicalType": "decimal" } },
                { "name": "source", "type": { "type": "string", "logicalType": "retail-source-system" } },
                { "name": "hashes", "type": { "type": "map", "values": "Sha256" } }
              ]
            }
            """, null);

        Assert.Equal(
            """
            hash: com.retail.finance.Sha256
            amount: decimal(20,0)
            period: duration
            booked_on: string
            rate: bytes
            source: string
            hashes: map<string,com.retail.finance.Sha256>
            """,
            FieldTree.Render(schema.Fields));
    }

    [Fact]
    public void A_primitive_key_schema_has_no_fields()
    {
        var schema = SchemaFieldExtractor.Extract("AVRO", "\"string\"", null);

        Assert.Empty(schema.Fields);
        Assert.Null(schema.FullName);
        Assert.Empty(schema.FieldTags);
    }

    [Fact]
    public void A_schema_that_is_only_a_reference_name_is_the_referenced_record()
    {
        var schema = SchemaFieldExtractor.Extract("AVRO", "\"com.retail.Address\"", AddressReference);

        Assert.Equal("com.retail.Address", schema.FullName);
        Assert.Equal("A postal address.", schema.Description);
        Assert.Equal(4, schema.Fields.Count);
    }

    [Fact]
    public void An_explicit_empty_namespace_leaves_the_enclosing_namespace()
    {
        var schema = SchemaFieldExtractor.Extract("AVRO", """
            {
              "type": "record", "name": "Envelope", "namespace": "com.retail.events",
              "fields": [
                { "name": "header", "type": { "type": "record", "name": "Header", "namespace": "", "fields": [
                  { "name": "trace_id", "type": "string" }
                ] } },
                { "name": "kind", "type": { "type": "enum", "name": "com.retail.shared.Kind", "symbols": ["A"] } }
              ]
            }
            """, null);

        Assert.Equal("header: Header\n  trace_id: string\nkind: com.retail.shared.Kind", FieldTree.Render(schema.Fields));
    }
}
