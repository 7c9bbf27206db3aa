using Governance.Collector.Schemas.Avro;
using Governance.Collector.Schemas.Json;
using Governance.Collector.Schemas.Protobuf;

namespace Governance.Collector.Schemas;

/// <summary>
/// Turns a Schema Registry schema (Avro, JSON Schema or Protobuf text) into the fields of an OpenLineage
/// <c>schema</c> facet plus field-level classification tags. The schemas are parsed here, without an Avro or
/// Protobuf library (none is usable in this build).
/// </summary>
/// <remarks>
/// <para><b>Field types</b> (the facet's <c>type</c> is a free string; one convention for all formats):</para>
/// <list type="bullet">
/// <item>Primitive and scalar types keep the format's own name: Avro <c>string</c>, <c>long</c>, <c>bytes</c>;
/// JSON Schema <c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>; Protobuf <c>int64</c>,
/// <c>sfixed32</c>, <c>bool</c>.</item>
/// <item>Named types are written by full name: Avro records, enums and fixed (<c>com.retail.Customer</c>,
/// <c>com.retail.OrderStatus</c>), Protobuf messages and enums (<c>com.retail.pos.PosTransaction.LineItem</c>),
/// well-known types (<c>google.protobuf.Timestamp</c>). This keeps shared types recognisable across topics and
/// multi-type unions readable (<c>union&lt;com.retail.CardPayment,com.retail.BankTransfer&gt;</c>), as
/// OpenLineage's own Flink Avro converter does. JSON Schema is structural: objects are <c>object</c>.</item>
/// <item>Records, messages and objects carry their fields as nested <c>fields</c>.</item>
/// <item>Arrays are <c>array&lt;T&gt;</c> (Protobuf <c>repeated T</c> too) and maps <c>map&lt;K,V&gt;</c> (Avro and
/// JSON Schema maps have <c>string</c> keys). Items and map values add no level: an array of records has the
/// record's fields as its nested fields (path <c>items.sku</c>).</item>
/// <item>Unions drop <c>null</c> (<c>["null","string"]</c> → <c>string</c>; JSON <c>["string","null"]</c>,
/// <c>oneOf</c>/<c>anyOf</c> with a null member likewise). Nullability is not recorded: the facet has no place for
/// it. Other multi-type unions are <c>union&lt;a,b&gt;</c>, with the fields of their record members merged by
/// name.</item>
/// <item>Avro logical types replace the underlying type, because they are the value's type for every reader:
/// <c>timestamp-millis</c>, <c>date</c>, <c>uuid</c>, <c>decimal(10,2)</c>. An unknown or invalid logical type is
/// ignored, as the Avro specification requires.</item>
/// <item>JSON Schema <c>format</c> annotates its type, which stays visible: <c>string (date-time)</c>,
/// <c>string (email)</c>. A schema without any type information is <c>any</c>.</item>
/// <item>A recursive type is expanded once: where it repeats, the field's type is the type's name (Avro and
/// Protobuf full name, JSON Schema definition title or name) and it has no nested fields. Nesting deeper than
/// 32 levels is cut the same way, and a schema whose shared types expand to more than 10 000 fields fails with
/// a <see cref="SchemaParseException"/> rather than exhausting memory.</item>
/// </list>
/// <para><b>Descriptions</b>: Avro <c>doc</c>; JSON Schema <c>description</c> (of the property, else of the
/// definition its <c>$ref</c> points to); Protobuf <c>(confluent.field_meta).doc</c>, else the comment block
/// right above the field, else the comment after it on its line.</para>
/// <para><b>Tags</b> (<see cref="ExtractedSchema.FieldTags"/>): Avro field and JSON Schema property
/// <c>"confluent:tags": ["PII"]</c> (for JSON also on the <c>$ref</c>'d definition), Protobuf
/// <c>[(confluent.field_meta).tags = "PII"]</c> and <c>[(confluent.field_meta) = { tags: [...] }]</c>. Data-contract
/// metadata tags are added by <see cref="ConfluentMetadataTags.Apply"/>.</para>
/// <para><b>References</b>: Avro names that the schema does not define, JSON Schema <c>$ref</c>s to other
/// documents and Protobuf imports are read through the <see cref="ISchemaReferenceResolver"/>. Protobuf imports
/// of <c>google/protobuf/</c>, <c>google/type/</c> and <c>confluent/</c> files may stay unresolved, as the
/// registry has them built in; their types are then named but not expanded.</para>
/// </remarks>
public static class SchemaFieldExtractor
{
    /// <summary>The Schema Registry's name of the Avro format (also meant when <c>schemaType</c> is absent).</summary>
    public const string Avro = "AVRO";

    /// <summary>The Schema Registry's name of the JSON Schema format.</summary>
    public const string Json = "JSON";

    /// <summary>The Schema Registry's name of the Protobuf format.</summary>
    public const string Protobuf = "PROTOBUF";

    /// <summary>Extracts the fields, record documentation, full name and inline field tags of a schema.</summary>
    /// <param name="schemaType">The registry's <c>schemaType</c>: <c>AVRO</c> (also when <see langword="null"/> or
    /// empty, as the registry omits it for Avro), <c>JSON</c> or <c>PROTOBUF</c>; case-insensitive.</param>
    /// <param name="schema">The schema text as the registry returns it.</param>
    /// <param name="references">Resolves the schema's references; <see langword="null"/> when it has none.</param>
    /// <returns>The extracted schema; a schema that is not a record (e.g. a <c>string</c> key schema) has no fields.</returns>
    /// <exception cref="SchemaParseException">The schema cannot be read; the message says where and why.</exception>
    public static ExtractedSchema Extract(string? schemaType, string schema, ISchemaReferenceResolver? references)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var type = string.IsNullOrWhiteSpace(schemaType) ? Avro : schemaType.Trim().ToUpperInvariant();
        return type switch
        {
            Avro => AvroSchemaExtractor.Extract(schema, references),
            Json => JsonSchemaExtractor.Extract(schema, references),
            Protobuf => ProtobufSchemaExtractor.Extract(schema, references),
            _ => throw new SchemaParseException(type, $"unsupported schema type '{schemaType}' (expected {Avro}, {Json} or {Protobuf})"),
        };
    }
}
