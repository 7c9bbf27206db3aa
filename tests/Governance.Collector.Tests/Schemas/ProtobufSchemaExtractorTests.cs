using Governance.Collector.Schemas;

namespace Governance.Collector.Tests.Schemas;

public sealed class ProtobufSchemaExtractorTests
{
    private static readonly DictionarySchemaReferenceResolver AddressImport = new(new Dictionary<string, string>
    {
        ["retail/common/address.proto"] = RetailSchemas.ProtoAddress,
    });

    [Fact]
    public void PosTransaction_yields_the_exact_field_tree_of_the_first_message()
    {
        var schema = SchemaFieldExtractor.Extract("PROTOBUF", RetailSchemas.ProtoPosTransaction, AddressImport);

        Assert.Equal("com.retail.pos.PosTransaction", schema.FullName);
        Assert.Equal("A sale or return rung up at a store till.", schema.Description);
        Assert.Equal(
            """
            transaction_id: string // Till-local transaction id.
            occurred_at: google.protobuf.Timestamp
            store: com.retail.pos.PosTransaction.Store
              store_id: string
              address: com.retail.common.Address
                street: string
                city: string
                postal_code: string
                country_code: string // ISO 3166-1 alpha-2.
            items: array<com.retail.pos.PosTransaction.LineItem> // Scanned lines, in scan order.
              sku: string
              quantity: int32
              unit_price_cents: int64
              discounts: array<com.retail.pos.PosTransaction.LineItem.Discount>
                code: string
                amount_cents: sint64
            attributes: map<string,string>
            tender: com.retail.pos.TenderType
            loyalty_card: string
            customer: com.retail.pos.PosTransaction.Customer
              customer_id: string
              email: string // Receipt e-mail address.
            cashier_note: string
            totals: com.retail.pos.PosTransaction.Totals // Totals computed by the till.
              net_cents: int64
              tax_cents: int64
              by_department: map<string,com.retail.pos.PosTransaction.Totals> // Per-department subtotals.
            """,
            FieldTree.Render(schema.Fields));
    }

    [Fact]
    public void Confluent_field_meta_tags_are_collected_in_both_spellings_and_from_imported_files()
    {
        var schema = SchemaFieldExtractor.Extract("PROTOBUF", RetailSchemas.ProtoPosTransaction, AddressImport);

        Assert.Equal(
            """
            customer.email: PII, CONTACT
            loyalty_card: PII
            store.address.street: PII
            """,
            FieldTree.RenderTags(schema));
    }

    [Fact]
    public void Proto2_with_labels_groups_absolute_names_and_skipped_declarations()
    {
        var schema = SchemaFieldExtractor.Extract("PROTOBUF", """
            syntax = "proto2";
            package retail.legacy;

            message Receipt {
              option deprecated = false;
              extensions 100 to 199;
              required string receipt_no = 1 [default = "0", json_name = "receiptNo"];
              optional .retail.legacy.Money total = 2;
              repeated group Line = 3 {
                required string sku = 4;
                optional Money price = 5;
              }
              enum Kind { SALE = 0; RETURN = 1; }
              optional Kind kind = 6 [deprecated = true];
              extend Other { optional int32 ignored = 101; }
            }

            message Money {
              optional int64 cents = 1;
              optional string currency = 2 [(confluent.field_meta).doc = "ISO 4217" " code."];
            }

            message Other { extensions 100 to max; }
            """, null);

        Assert.Equal("retail.legacy.Receipt", schema.FullName);
        Assert.Null(schema.Description);
        Assert.Equal(
            """
            receipt_no: string
            total: retail.legacy.Money
              cents: int64
              currency: string // ISO 4217 code.
            line: array<retail.legacy.Receipt.Line>
              sku: string
              price: retail.legacy.Money
                cents: int64
                currency: string // ISO 4217 code.
            kind: retail.legacy.Receipt.Kind
            """,
            FieldTree.Render(schema.Fields));
    }

    [Fact]
    public void Comments_are_descriptions_only_when_attached_to_the_field()
    {
        var schema = SchemaFieldExtractor.Extract("PROTOBUF", """
            syntax = "proto3";
            message Basket {
              // A detached note, separated by a blank line.

              string basket_id = 1;
              /// Loyalty number
              /// (printed on the card).
              string loyalty_number = 2 [(confluent.field_meta) = { tags: "PII" }];
              int32 size = 3; /* Number of lines. */ int32 misplaced = 4;
              message Note { string text = 1; } // Trailing a nested message, not a field.
              string channel = 5;
            }
            """, null);

        Assert.Equal("Basket", schema.FullName);
        Assert.Equal(
            """
            basket_id: string
            loyalty_number: string // Loyalty number (printed on the card).
            size: int32 // Number of lines.
            misplaced: int32
            channel: string
            """,
            FieldTree.Render(schema.Fields));
        Assert.Equal("loyalty_number: PII", FieldTree.RenderTags(schema));
    }

    [Fact]
    public void Imports_of_imports_are_resolved_through_the_same_resolver()
    {
        var references = new DictionarySchemaReferenceResolver(new Dictionary<string, string>
        {
            ["retail/common/contact.proto"] = """
                syntax = "proto3";
                package com.retail.common;
                import "retail/common/address.proto";
                message Contact { string email = 1 [(confluent.field_meta).tags = "PII"]; Address address = 2; }
                """,
            ["retail/common/address.proto"] = RetailSchemas.ProtoAddress,
        });

        var schema = SchemaFieldExtractor.Extract("PROTOBUF", """
            syntax = "proto3";
            package com.retail.crm;
            import "retail/common/contact.proto";
            message Customer { com.retail.common.Contact contact = 1; }
            """, references);

        Assert.Equal(
            """
            contact: com.retail.common.Contact
              email: string
              address: com.retail.common.Address
                street: string
                city: string
                postal_code: string
                country_code: string // ISO 3166-1 alpha-2.
            """,
            FieldTree.Render(schema.Fields));
        Assert.Equal("contact.address.street: PII\ncontact.email: PII", FieldTree.RenderTags(schema));
    }
}
