using Governance.Collector.Schemas;

namespace Governance.Collector.Tests.Schemas;

public sealed class JsonSchemaExtractorTests
{
    private static readonly DictionarySchemaReferenceResolver AddressReference = new(new Dictionary<string, string>
    {
        ["address.json"] = RetailSchemas.JsonAddress,
    });

    [Fact]
    public void Payment_yields_the_exact_field_tree()
    {
        var schema = SchemaFieldExtractor.Extract("JSON", RetailSchemas.JsonPayment, AddressReference);

        Assert.Equal("Payment", schema.FullName);
        Assert.Equal("A payment captured for an order.", schema.Description);
        Assert.Equal(
            """
            payment_id: string (uuid) // Payment id.
            order_id: string
            captured_at: string (date-time)
            amount: object // An amount in a currency.
              value: number
              currency: string // ISO 4217 code.
            method: string
            card: object // Card details, for card payments.
              token: string // Network token, never the PAN.
              expiry: string
              holder: string // A person's name as written.
            payer_email: string (email)
            billing_address: object
              street: string
              city: string
              postal_code: string
              country: string
            refunds: array<object>
              refund_id: string
              amount: object // An amount in a currency.
                value: number
                currency: string // ISO 4217 code.
              reason: string
            metadata: map<string,string>
            risk_score: number
            legacy_reference: union<string,integer>
            """,
            FieldTree.Render(schema.Fields));
    }

    [Fact]
    public void Confluent_tags_are_collected_from_properties_and_from_the_definitions_they_refer_to()
    {
        var schema = SchemaFieldExtractor.Extract("json", RetailSchemas.JsonPayment, AddressReference);

        Assert.Equal(
            """
            billing_address.street: PII
            card.holder: PII
            card.token: PCI
            payer_email: PII
            """,
            FieldTree.RenderTags(schema));
    }

    [Fact]
    public void Draft_07_definitions_a_root_ref_and_a_recursive_definition()
    {
        var schema = SchemaFieldExtractor.Extract("JSON", """
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "$ref": "#/definitions/Category",
              "definitions": {
                "Category": {
                  "title": "Category",
                  "description": "A node of the product catalogue.",
                  "type": "object",
                  "properties": {
                    "name": { "type": "string" },
                    "parent": { "anyOf": [{ "$ref": "#/definitions/Category" }, { "type": "null" }] },
                    "children": { "type": "array", "items": { "$ref": "#/definitions/Category" } },
                    "tags": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }
                  }
                }
              }
            }
            """, null);

        Assert.Equal("Category", schema.FullName);
        Assert.Equal("A node of the product catalogue.", schema.Description);
        Assert.Equal(
            """
            name: string
            parent: Category
            children: array<Category>
            tags: array<string>
            """,
            FieldTree.Render(schema.Fields));
    }

    [Fact]
    public void OneOf_objects_allOf_composition_and_types_inferred_without_type()
    {
        var schema = SchemaFieldExtractor.Extract("JSON", """
            {
              "title": "StockMovement",
              "allOf": [
                { "$ref": "#/$defs/Audited" },
                {
                  "properties": {
                    "sku": { "type": "string" },
                    "reason": { "enum": ["SALE", "RETURN", "SHRINKAGE"] },
                    "quantity": { "const": 1 },
                    "source": {
                      "oneOf": [
                        { "type": "object", "properties": { "store_id": { "type": "string" } } },
                        { "type": "object", "properties": { "warehouse_id": { "type": "string" }, "dock": { "type": "integer" } } }
                      ]
                    },
                    "payload": {},
                    "dimensions": { "type": "array", "prefixItems": [{ "type": "number" }, { "type": "number" }] }
                  }
                }
              ],
              "$defs": {
                "Audited": {
                  "type": "object",
                  "properties": { "recorded_at": { "type": "string", "format": "date-time", "description": "Audit time." } }
                }
              }
            }
            """, null);

        Assert.Equal("StockMovement", schema.FullName);
        Assert.Equal(
            """
            recorded_at: string (date-time) // Audit time.
            sku: string
            reason: string
            quantity: integer
            source: object
              store_id: string
              warehouse_id: string
              dock: integer
            payload: any
            dimensions: array<number>
            """,
            FieldTree.Render(schema.Fields));
    }

    [Fact]
    public void A_ref_to_a_definition_inside_a_referenced_document_and_by_absolute_url()
    {
        var references = new DictionarySchemaReferenceResolver(new Dictionary<string, string>
        {
            ["https://schemas.retail.example/common.json"] = """
                {
                  "$defs": {
                    "Email": { "type": "string", "format": "email", "description": "An e-mail address.", "confluent:tags": ["PII"] }
                  }
                }
                """,
        });

        var schema = SchemaFieldExtractor.Extract("JSON", """
            {
              "$id": "https://schemas.retail.example/customer.json",
              "type": "object",
              "properties": {
                "email": { "$ref": "common.json#/$defs/Email" },
                "backup_email": { "$ref": "https://schemas.retail.example/common.json#/$defs/Email", "description": "Second address." }
              }
            }
            """, references);

        Assert.Null(schema.FullName);
        Assert.Equal(
            """
            email: string (email) // An e-mail address.
            backup_email: string (email) // Second address.
            """,
            FieldTree.Render(schema.Fields));
        Assert.Equal("backup_email: PII\nemail: PII", FieldTree.RenderTags(schema));
    }

    [Fact]
    public void A_boolean_or_non_object_root_has_no_fields()
    {
        Assert.Empty(SchemaFieldExtractor.Extract("JSON", "true", null).Fields);
        Assert.Empty(SchemaFieldExtractor.Extract("JSON", """{ "type": "string" }""", null).Fields);
    }
}
