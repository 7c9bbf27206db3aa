using static Governance.Model.Tests.Contracts.Compatibility.AvroSchemas;

namespace Governance.Model.Tests.Contracts.Compatibility;

/// <summary>
/// The Avro matrix: previous schema → new schema, with the breaking changes BACKWARD (new schema reads old data) and
/// FORWARD (old schema reads new data) must report. FULL reports both.
/// </summary>
internal static class AvroMatrixCases
{
    private const string MissingDefault = "READER_FIELD_MISSING_DEFAULT_VALUE";
    private const string TypeMismatch = "TYPE_MISMATCH";

    private static readonly string Address = Record("Address", Primitive("street", "string"));
    private static readonly string Node = Record("Node", Primitive("value", "int"), Field("next", """["null","Node"]""", "null"));

    public static readonly Dictionary<string, MatrixCase> All = new()
    {
        // Confluent, "Schema Evolution and Compatibility", summary table: BACKWARD allows deleting fields and adding
        // optional fields; FORWARD allows adding fields and deleting optional fields; FULL only optional fields.
        ["field added with default"] = new(Order(Id), Order(Id, Field("note", "\"string\"", "\"\"")), [], []),
        ["field added without default"] = new(Order(Id), Order(Id, Primitive("note", "string")), [$"{MissingDefault} $.note"], []),
        ["field deleted that had no default"] = new(Order(Id, Primitive("note", "string")), Order(Id), [], [$"{MissingDefault} $.note"]),
        ["field deleted that had a default"] = new(Order(Id, Field("note", "\"string\"", "\"\"")), Order(Id), [], []),
        ["optional nullable field added"] = new(Order(Id), Order(Id, Field("note", """["null","string"]""", "null")), [], []),
        ["nullable field added without default"] = new(Order(Id), Order(Id, Field("note", """["null","string"]""")), [$"{MissingDefault} $.note"], []),
        ["fields reordered"] = new(Order(Id, Primitive("name", "string")), Order(Primitive("name", "string"), Id), [], []),
        ["schema unchanged"] = new(Order(Id, Primitive("name", "string")), Order(Id, Primitive("name", "string")), [], []),

        // Avro specification, Schema Resolution, records: fields match by name or by an alias of the reader's field.
        ["field renamed without alias"] = new(Order(Id, Primitive("name", "string")), Order(Id, Primitive("fullName", "string")),
            [$"{MissingDefault} $.fullName"], [$"{MissingDefault} $.name"]),
        ["field renamed with an alias in the new schema"] = new(Order(Id, Primitive("name", "string")),
            Order(Id, """{"name":"fullName","type":"string","aliases":["name"]}"""), [], [$"{MissingDefault} $.name"]),

        // Avro specification, Schema Resolution: the writer's type may be promoted to the reader's: int to long, float or
        // double; long to float or double; float to double; string to bytes; bytes to string.
        ["int promoted to long"] = new(Order(Primitive("qty", "int")), Order(Primitive("qty", "long")), [], [$"{TypeMismatch} $.qty"]),
        ["int promoted to float"] = new(Order(Primitive("qty", "int")), Order(Primitive("qty", "float")), [], [$"{TypeMismatch} $.qty"]),
        ["int promoted to double"] = new(Order(Primitive("qty", "int")), Order(Primitive("qty", "double")), [], [$"{TypeMismatch} $.qty"]),
        ["long promoted to float"] = new(Order(Primitive("qty", "long")), Order(Primitive("qty", "float")), [], [$"{TypeMismatch} $.qty"]),
        ["long promoted to double"] = new(Order(Primitive("qty", "long")), Order(Primitive("qty", "double")), [], [$"{TypeMismatch} $.qty"]),
        ["float promoted to double"] = new(Order(Primitive("qty", "float")), Order(Primitive("qty", "double")), [], [$"{TypeMismatch} $.qty"]),
        ["string read as bytes"] = new(Order(Primitive("blob", "string")), Order(Primitive("blob", "bytes")), [], []),
        ["bytes read as string"] = new(Order(Primitive("blob", "bytes")), Order(Primitive("blob", "string")), [], []),
        ["long narrowed to int"] = new(Order(Primitive("qty", "long")), Order(Primitive("qty", "int")), [$"{TypeMismatch} $.qty"], []),
        ["double narrowed to float"] = new(Order(Primitive("qty", "double")), Order(Primitive("qty", "float")), [$"{TypeMismatch} $.qty"], []),
        ["string changed to int"] = new(Order(Primitive("qty", "string")), Order(Primitive("qty", "int")),
            [$"{TypeMismatch} $.qty"], [$"{TypeMismatch} $.qty"]),
        ["int changed to string (no promotion)"] = new(Order(Primitive("qty", "int")), Order(Primitive("qty", "string")),
            [$"{TypeMismatch} $.qty"], [$"{TypeMismatch} $.qty"]),
        ["boolean changed to string"] = new(Order(Primitive("ok", "boolean")), Order(Primitive("ok", "string")),
            [$"{TypeMismatch} $.ok"], [$"{TypeMismatch} $.ok"]),
        ["root primitive string to bytes"] = new("\"string\"", "\"bytes\"", [], []),
        ["root primitive int to string"] = new("\"int\"", "\"string\"", [$"{TypeMismatch} $"], [$"{TypeMismatch} $"]),

        // Avro specification, Logical Types: a reader may ignore a logical type; resolution uses the underlying type.
        ["timestamp-millis to timestamp-micros"] = new(Order(Field("at", Logical("long", "timestamp-millis"))),
            Order(Field("at", Logical("long", "timestamp-micros"))), [], []),
        ["date (int) to timestamp-millis (long)"] = new(Order(Field("at", Logical("int", "date"))),
            Order(Field("at", Logical("long", "timestamp-millis"))), [], [$"{TypeMismatch} $.at"]),

        // Avro specification, Decimal: decimals resolve when their scales match; a narrower reader precision cannot hold the value.
        ["decimal scale changed"] = new(Order(Field("amount", Decimal(10, 2))), Order(Field("amount", Decimal(10, 3))),
            ["DECIMAL_SCALE_MISMATCH $.amount"], ["DECIMAL_SCALE_MISMATCH $.amount"]),
        ["decimal precision widened"] = new(Order(Field("amount", Decimal(10, 2))), Order(Field("amount", Decimal(12, 2))),
            [], ["DECIMAL_PRECISION_NARROWED $.amount"]),

        // Avro specification, Schema Resolution, enums: a writer symbol the reader lacks is an error unless the reader has a default.
        ["enum symbol added"] = new(Order(Field("status", Enum("Status", "NEW", "PAID"))), Order(Field("status", Enum("Status", "NEW", "PAID", "SHIPPED"))),
            [], ["MISSING_ENUM_SYMBOLS $.status"]),
        ["enum symbol removed"] = new(Order(Field("status", Enum("Status", "NEW", "PAID", "SHIPPED"))), Order(Field("status", Enum("Status", "NEW", "PAID"))),
            ["MISSING_ENUM_SYMBOLS $.status"], []),
        ["enum symbol added, both enums with a default"] = new(Order(Field("status", EnumWithDefault("Status", "NEW", "NEW", "PAID"))),
            Order(Field("status", EnumWithDefault("Status", "NEW", "NEW", "PAID", "SHIPPED"))), [], []),
        ["enum symbol removed, new enum with a default"] = new(Order(Field("status", Enum("Status", "NEW", "PAID", "SHIPPED"))),
            Order(Field("status", EnumWithDefault("Status", "NEW", "NEW", "PAID"))), [], []),
        ["enum renamed"] = new(Order(Field("status", Enum("Status", "NEW"))), Order(Field("status", Enum("State", "NEW"))),
            ["NAME_MISMATCH $.status"], ["NAME_MISMATCH $.status"]),
        ["enum renamed with an alias"] = new(Order(Field("status", Enum("Status", "NEW"))),
            Order(Field("status", """{"type":"enum","name":"State","aliases":["Status"],"symbols":["NEW"]}""")), [], ["NAME_MISMATCH $.status"]),

        // Avro specification, Schema Resolution: records, enums and fixed match by full name (or reader alias); fixed sizes must match.
        ["record renamed with an alias"] = new(Order(Id), """{"type":"record","name":"Purchase","namespace":"com.acme","aliases":["Order"],"fields":[{"name":"id","type":"long"}]}""",
            [], ["NAME_MISMATCH $"]),
        ["nested record renamed"] = new(Order(Field("address", Address)), Order(Field("address", Record("Location", Primitive("street", "string")))),
            ["NAME_MISMATCH $.address"], ["NAME_MISMATCH $.address"]),
        ["nested record field added without default"] = new(Order(Field("address", Address)),
            Order(Field("address", Record("Address", Primitive("street", "string"), Primitive("zip", "string")))), [$"{MissingDefault} $.address.zip"], []),
        ["fixed size changed"] = new(Order(Field("hash", Fixed("Hash", 16))), Order(Field("hash", Fixed("Hash", 32))),
            ["FIXED_SIZE_MISMATCH $.hash"], ["FIXED_SIZE_MISMATCH $.hash"]),
        ["fixed renamed"] = new(Order(Field("hash", Fixed("Hash", 16))), Order(Field("hash", Fixed("Digest", 16))),
            ["NAME_MISMATCH $.hash"], ["NAME_MISMATCH $.hash"]),

        // Avro specification, Schema Resolution: arrays resolve their items, maps their values, recursively.
        ["array items promoted int to long"] = new(Order(Field("qty", Array("\"int\""))), Order(Field("qty", Array("\"long\""))),
            [], [$"{TypeMismatch} $.qty[*]"]),
        ["map values changed string to int"] = new(Order(Field("attributes", Map("\"string\""))), Order(Field("attributes", Map("\"int\""))),
            [$"{TypeMismatch} $.attributes.*"], [$"{TypeMismatch} $.attributes.*"]),
        ["array item record field added without default"] = new(Order(Field("lines", Array(Record("Line", Primitive("sku", "string"))))),
            Order(Field("lines", Array(Record("Line", Primitive("sku", "string"), Primitive("discount", "double"))))), [$"{MissingDefault} $.lines[*].discount"], []),
        ["array changed to map"] = new(Order(Field("tags", Array("\"string\""))), Order(Field("tags", Map("\"string\""))),
            [$"{TypeMismatch} $.tags"], [$"{TypeMismatch} $.tags"]),

        // Avro specification, Schema Resolution, unions: every branch the writer may use must resolve to a reader branch;
        // a non-union reader must read every branch of a writer union.
        ["field made nullable"] = new(Order(Primitive("email", "string")), Order(Field("email", """["null","string"]""")), [], [$"{TypeMismatch} $.email"]),
        ["null removed from a union"] = new(Order(Field("email", """["null","string"]""")), Order(Primitive("email", "string")), [$"{TypeMismatch} $.email"], []),
        ["union branch added"] = new(Order(Field("value", """["null","string"]""")), Order(Field("value", """["null","string","int"]""")),
            [], ["MISSING_UNION_BRANCH $.value"]),
        ["union branch removed"] = new(Order(Field("value", """["null","string","int"]""")), Order(Field("value", """["null","string"]""")),
            ["MISSING_UNION_BRANCH $.value"], []),
        ["union branch promoted int to long"] = new(Order(Field("value", """["null","int"]""")), Order(Field("value", """["null","long"]""")),
            [], ["MISSING_UNION_BRANCH $.value"]),
        ["nullable nested record gains a field without default"] = new(Order(Field("address", $"[\"null\",{Address}]", "null")),
            Order(Field("address", $"[\"null\",{Record("Address", Primitive("street", "string"), Primitive("zip", "string"))}]", "null")),
            [$"{MissingDefault} $.address.zip"], []),

        // Avro specification, Schema Resolution is recursive: a recursive type resolves once, without looping.
        ["recursive type unchanged"] = new(Order(Field("head", Node)), Order(Field("head", Node)), [], []),
        ["recursive type gains a field without default"] = new(Order(Field("head", Node)),
            Order(Field("head", Record("Node", Primitive("value", "int"), Primitive("label", "string"), Field("next", """["null","Node"]""", "null")))),
            [$"{MissingDefault} $.head.label"], []),
    };
}
