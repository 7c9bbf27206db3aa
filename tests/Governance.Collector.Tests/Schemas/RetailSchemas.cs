namespace Governance.Collector.Tests.Schemas;

/// <summary>Realistic retail schemas as they would be registered in a Schema Registry.</summary>
internal static class RetailSchemas
{
    /// <summary>Avro value schema of topic <c>retail.orders</c>; refers to <c>com.retail.Address</c> by reference.</summary>
    public const string AvroOrder = """
        {
          "type": "record",
          "name": "Order",
          "namespace": "com.retail",
          "doc": "A customer order placed in the web shop or in a store.",
          "fields": [
            { "name": "order_id", "type": { "type": "string", "logicalType": "uuid" }, "doc": "Unique order id." },
            { "name": "placed_at", "type": { "type": "long", "logicalType": "timestamp-millis" }, "doc": "When the order was placed." },
            {
              "name": "status",
              "type": { "type": "enum", "name": "OrderStatus", "symbols": ["PLACED", "PAID", "SHIPPED", "CANCELLED"] },
              "doc": "Lifecycle state."
            },
            {
              "name": "customer",
              "doc": "Who ordered.",
              "type": {
                "type": "record",
                "name": "Customer",
                "fields": [
                  { "name": "customer_id", "type": "long" },
                  { "name": "email", "type": "string", "doc": "Contact e-mail.", "confluent:tags": ["PII"] },
                  { "name": "phone", "type": ["null", "string"], "default": null, "doc": "Mobile number, if given." },
                  { "name": "address", "type": "com.retail.Address", "doc": "Billing address." }
                ]
              }
            },
            { "name": "shipping_address", "type": ["null", "Address"], "default": null },
            {
              "name": "items",
              "doc": "Ordered lines.",
              "type": {
                "type": "array",
                "items": {
                  "type": "record",
                  "name": "OrderItem",
                  "fields": [
                    { "name": "sku", "type": "string" },
                    { "name": "quantity", "type": "int" },
                    { "name": "unit_price", "type": { "type": "bytes", "logicalType": "decimal", "precision": 10, "scale": 2 } },
                    { "name": "gift_message", "type": ["null", "string"], "default": null, "confluent:tags": ["FREE_TEXT"] }
                  ]
                }
              }
            },
            { "name": "free_gifts", "type": { "type": "array", "items": "OrderItem" }, "default": [] },
            {
              "name": "payment",
              "type": {
                "type": "record",
                "name": "Payment",
                "fields": [
                  { "name": "method", "type": { "type": "enum", "name": "PaymentMethod", "symbols": ["CARD", "INVOICE", "GIFT_CARD"] } },
                  {
                    "name": "card_token",
                    "type": ["null", "string"],
                    "default": null,
                    "doc": "Tokenised card number (never the PAN).",
                    "confluent:tags": ["PCI"]
                  },
                  { "name": "amount", "type": { "type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2 } }
                ]
              }
            },
            { "name": "attributes", "type": { "type": "map", "values": "string" }, "default": {} },
            { "name": "loyalty_points", "type": ["null", "int", "long"], "default": null }
          ]
        }
        """;

    /// <summary>Avro schema registered as subject <c>com.retail.Address</c>, referenced by <see cref="AvroOrder"/>.</summary>
    public const string AvroAddress = """
        {
          "type": "record",
          "name": "Address",
          "namespace": "com.retail",
          "doc": "A postal address.",
          "fields": [
            { "name": "street", "type": "string", "confluent:tags": ["PII"] },
            { "name": "city", "type": "string" },
            { "name": "postal_code", "type": "string", "confluent:tags": ["PII"] },
            { "name": "country", "type": { "type": "string" }, "doc": "ISO 3166-1 alpha-2 code." }
          ]
        }
        """;

    /// <summary>JSON Schema value schema of topic <c>retail.payments</c>; refers to <c>address.json</c> by reference.</summary>
    public const string JsonPayment = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://schemas.retail.example/payment.json",
          "title": "Payment",
          "description": "A payment captured for an order.",
          "type": "object",
          "properties": {
            "payment_id": { "type": "string", "format": "uuid", "description": "Payment id." },
            "order_id": { "type": "string" },
            "captured_at": { "type": "string", "format": "date-time" },
            "amount": { "$ref": "#/$defs/Money" },
            "method": { "type": "string", "enum": ["CARD", "INVOICE", "GIFT_CARD"] },
            "card": {
              "description": "Card details, for card payments.",
              "oneOf": [{ "type": "null" }, { "$ref": "#/$defs/Card" }]
            },
            "payer_email": { "type": ["string", "null"], "format": "email", "confluent:tags": ["PII"] },
            "billing_address": { "$ref": "address.json" },
            "refunds": { "type": "array", "items": { "$ref": "#/$defs/Refund" } },
            "metadata": { "type": "object", "additionalProperties": { "type": "string" } },
            "risk_score": { "type": ["number", "null"] },
            "legacy_reference": { "anyOf": [{ "type": "string" }, { "type": "integer" }] }
          },
          "required": ["payment_id", "order_id", "amount"],
          "$defs": {
            "Money": {
              "type": "object",
              "description": "An amount in a currency.",
              "properties": {
                "value": { "type": "number" },
                "currency": { "type": "string", "description": "ISO 4217 code." }
              }
            },
            "Card": {
              "type": "object",
              "properties": {
                "token": { "type": "string", "description": "Network token, never the PAN.", "confluent:tags": ["PCI"] },
                "expiry": { "type": "string", "pattern": "^[0-9]{2}/[0-9]{2}$" },
                "holder": { "$ref": "#/$defs/PersonName" }
              }
            },
            "PersonName": { "type": "string", "description": "A person's name as written.", "confluent:tags": ["PII"] },
            "Refund": {
              "type": "object",
              "properties": {
                "refund_id": { "type": "string" },
                "amount": { "$ref": "#/$defs/Money" },
                "reason": { "type": "string" }
              }
            }
          }
        }
        """;

    /// <summary>JSON Schema registered as subject <c>address</c>, referenced by <see cref="JsonPayment"/> as <c>address.json</c>.</summary>
    public const string JsonAddress = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://schemas.retail.example/address.json",
          "title": "Address",
          "type": "object",
          "properties": {
            "street": { "type": "string", "confluent:tags": ["PII"] },
            "city": { "type": "string" },
            "postal_code": { "type": "string" },
            "country": { "type": "string", "minLength": 2, "maxLength": 2 }
          }
        }
        """;

    /// <summary>Protobuf value schema of topic <c>retail.pos-transactions</c>; imports <c>retail/common/address.proto</c>.</summary>
    public const string ProtoPosTransaction = """
        syntax = "proto3";

        package com.retail.pos;

        import "google/protobuf/timestamp.proto";
        import "retail/common/address.proto";
        import "confluent/meta.proto";

        option java_multiple_files = true;

        // A sale or return rung up at a store till.
        message PosTransaction {
          // Till-local transaction id.
          string transaction_id = 1;
          google.protobuf.Timestamp occurred_at = 2;
          Store store = 3;
          repeated LineItem items = 4; // Scanned lines, in scan order.
          map<string, string> attributes = 5;
          TenderType tender = 6;

          oneof customer_ref {
            string loyalty_card = 7 [(confluent.field_meta).tags = "PII"];
            Customer customer = 8;
          }

          optional string cashier_note = 9;

          /* Totals computed
           * by the till. */
          Totals totals = 10;

          message Store {
            string store_id = 1;
            com.retail.common.Address address = 2;
          }

          message LineItem {
            string sku = 1;
            int32 quantity = 2;
            int64 unit_price_cents = 3;
            repeated Discount discounts = 4;

            message Discount {
              string code = 1;
              sint64 amount_cents = 2;
            }
          }

          message Customer {
            reserved 3, 4;
            string customer_id = 1;
            string email = 2 [(confluent.field_meta) = { tags: ["PII", "CONTACT"], doc: "Receipt e-mail address." }];
          }

          message Totals {
            int64 net_cents = 1;
            int64 tax_cents = 2;
            map<string, Totals> by_department = 3; // Per-department subtotals.
          }
        }

        enum TenderType {
          TENDER_TYPE_UNSPECIFIED = 0;
          CASH = 1;
          CARD = 2;
        }

        message PosTransactionKey {
          string store_id = 1;
        }

        service PosIngest {
          rpc Submit (PosTransaction) returns (PosTransactionKey) {}
        }
        """;

    /// <summary>Protobuf file registered as subject <c>retail-common-address</c>, imported as <c>retail/common/address.proto</c>.</summary>
    public const string ProtoAddress = """
        syntax = "proto3";
        package com.retail.common;

        // A postal address.
        message Address {
          string street = 1 [(confluent.field_meta).tags = "PII"];
          string city = 2;
          string postal_code = 3;
          string country_code = 4; // ISO 3166-1 alpha-2.
        }
        """;
}
