using Governance.Collector.Schemas;

namespace Governance.Collector.Tests.Schemas;

/// <summary>Unreadable schemas fail with a <see cref="SchemaParseException"/> that says what and where.</summary>
public sealed class MalformedSchemaTests
{
    [Theory]
    [InlineData("""{ "type": "record", "name": "Order", "namespace": "com.retail", "fields": [ { "name": "customer", "type": { "type": "record", "name": "Customer", "fields": [ { "name": "address", "type": "Address" } ] } } ] }""",
        "AVRO schema: unknown type 'Address' at field 'customer.address': it is not defined in the schema and no schema reference resolves it")]
    [InlineData("""{ "type": "record", "name": "Order" }""",
        "AVRO schema: record 'Order' has no 'fields' array")]
    [InlineData("""{ "type": "record", "name": "Order", "fields": [ { "name": "id" } ] }""",
        "AVRO schema: field 'Order.id': 'type' is missing in { \"name\": \"id\" }")]
    [InlineData("""{ "type": "record", "fields": [] }""",
        "AVRO schema: the root schema: record without a name: { \"type\": \"record\", \"fields\": [] }")]
    [InlineData("""{ "type": "record", "name": "Order", "fields": [ { "type": "string" } ] }""",
        "AVRO schema: record 'Order' has a field without a name: { \"type\": \"string\" }")]
    [InlineData("""{ "type": "record", "name": "A", "fields": [ { "name": "x", "type": { "type": "enum", "name": "E", "symbols": ["X"] } }, { "name": "y", "type": { "type": "enum", "name": "E", "symbols": ["Y"] } } ] }""",
        "AVRO schema: type 'E' is defined twice, differently, in the schema")]
    [InlineData("""{ "type": "record", "name": "A", "fields": [ { "name": "x", "type": ["null", ["string", "int"]] } ] }""",
        "AVRO schema: a union directly inside a union at field 'x' (Avro forbids it)")]
    [InlineData("""{ "type": "record", "name": "A", "fields": [ { "name": "x", "type": "string", "confluent:tags": "PII" } ] }""",
        "AVRO schema: 'confluent:tags' of field 'A.x' must be an array of strings but is \"PII\"")]
    [InlineData("42", "AVRO schema: the root schema: expected a type name, a type object or a union array but found the number 42")]
    public void Avro(string schema, string message) => AssertFails("AVRO", schema, message);

    [Theory]
    [InlineData("""{ "type": "object", "properties": { "amount": { "type": "decimal" } } }""",
        "JSON schema: unknown type 'decimal' at property 'amount' (expected one of string, integer, number, boolean, object, array, null)")]
    [InlineData("""{ "type": "object", "properties": { "card": { "$ref": "#/$defs/Card" } }, "$defs": {} }""",
        "JSON schema: $ref '#/$defs/Card' at property 'card' points to nothing: 'Card' is not in the schema")]
    [InlineData("""{ "type": "object", "properties": { "address": { "$ref": "address.json" } } }""",
        "JSON schema: $ref 'address.json' at property 'address': 'address.json' is not resolved by a schema reference")]
    [InlineData("""{ "type": "object", "properties": { "items": { "type": "array", "items": 3 } } }""",
        "JSON schema: expected a schema (an object or a boolean) at property 'items' but found 3")]
    [InlineData("""[ { "type": "object" } ]""",
        "JSON schema: the schema must be a JSON object (or a boolean) but is array")]
    [InlineData("""{ "type": "object", "properties": { "email": { "type": "string", "confluent:tags": [1] } } }""",
        "JSON schema: 'confluent:tags' at property 'email' must be an array of strings but is [1]")]
    public void Json(string schema, string message) => AssertFails("JSON", schema, message);

    [Theory]
    [InlineData("syntax = \"proto3\";\nmessage Order {\n  string sku = 1\n  int32 quantity = 2;\n}\n",
        "PROTOBUF schema: line 4, column 3: expected ';' after field 'sku' but found 'int32'")]
    [InlineData("syntax = \"proto3\";\nmessage Order {\n  string sku = 1;\n",
        "PROTOBUF schema: line 4, column 1: expected '}' to close message 'Order' but found the end of the schema")]
    [InlineData("syntax = \"proto3\";\nmessage Order {\n  Money total = 1;\n}\n",
        "PROTOBUF schema: unknown type 'Money' of field 'Order.total' (line 3): it is not defined in the schema or its imports")]
    [InlineData("syntax = \"proto3\";\nimport \"retail/common/money.proto\";\nmessage Order {}\n",
        "PROTOBUF schema: import 'retail/common/money.proto' is not resolved by a schema reference")]
    [InlineData("syntax = \"proto3\";\nenum Status { A = 0; }\n",
        "PROTOBUF schema: the schema defines no message (the first message is the record)")]
    [InlineData("syntax = \"proto3\";\nmessage Order {\n  string sku = 0;\n}\n",
        "PROTOBUF schema: line 3, column 16: expected a positive field number for field 'sku' but found '0'")]
    [InlineData("syntax = \"proto3\";\nmessage Order {\n  string note = 1 [(confluent.field_meta).doc = \"unterminated];\n}\n",
        "PROTOBUF schema: line 3, column 49: string literal is not closed on its line")]
    [InlineData("syntax = \"proto3\";\nmessage Order { /* never closed\n",
        "PROTOBUF schema: line 2, column 17: comment is not closed (missing '*/')")]
    [InlineData("syntax = \"proto3\";\nmessage Order { string sku = 1; }\ntopic orders;\n",
        "PROTOBUF schema: line 3, column 1: expected syntax, package, import, option, message, enum, service or extend but found 'topic'")]
    [InlineData("syntax = \"proto3\";\nmessage Order { string sku = 1 @; }\n",
        "PROTOBUF schema: line 2, column 32: unexpected character '@'")]
    public void Protobuf(string schema, string message) => AssertFails("PROTOBUF", schema, message);

    [Fact]
    public void Text_that_is_not_json_is_reported_with_the_parser_position()
    {
        var error = Assert.Throws<SchemaParseException>(() => SchemaFieldExtractor.Extract("AVRO", """{ "type": "record", "name": "Order", "fields": [ """, null));

        Assert.StartsWith("AVRO schema: the schema is not valid JSON: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("LineNumber: 0", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
    }

    [Fact]
    public void Errors_in_a_referenced_proto_file_name_the_import()
    {
        var references = new DictionarySchemaReferenceResolver(new Dictionary<string, string>
        {
            ["retail/common/money.proto"] = "syntax = \"proto3\";\nmessage Money {\n  int64 cents = 1\n}\n",
        });

        var error = Assert.Throws<SchemaParseException>(() => SchemaFieldExtractor.Extract(
            "PROTOBUF", "syntax = \"proto3\";\nimport \"retail/common/money.proto\";\nmessage Order { Money total = 1; }\n", references));

        Assert.Equal("PROTOBUF schema: import 'retail/common/money.proto', line 4, column 1: expected ';' after field 'cents' but found '}'", error.Message);
    }

    [Fact]
    public void Errors_in_a_referenced_avro_schema_name_the_reference()
    {
        var references = new DictionarySchemaReferenceResolver(new Dictionary<string, string> { ["com.retail.Address"] = "{ \"type\": " });

        var error = Assert.Throws<SchemaParseException>(() => SchemaFieldExtractor.Extract(
            "AVRO", """{ "type": "record", "name": "Order", "namespace": "com.retail", "fields": [ { "name": "to", "type": "Address" } ] }""", references));

        Assert.StartsWith("AVRO schema: reference 'com.retail.Address' is not valid JSON: ", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public void Unsupported_schema_types_are_named()
    {
        var error = Assert.Throws<SchemaParseException>(() => SchemaFieldExtractor.Extract("xml", "<order/>", null));

        Assert.Equal("XML schema: unsupported schema type 'xml' (expected AVRO, JSON or PROTOBUF)", error.Message);
    }

    private static void AssertFails(string schemaType, string schema, string message)
    {
        var error = Assert.Throws<SchemaParseException>(() => SchemaFieldExtractor.Extract(schemaType, schema, null));
        Assert.Equal(message, error.Message);
        Assert.Equal(schemaType, error.SchemaType);
    }
}
