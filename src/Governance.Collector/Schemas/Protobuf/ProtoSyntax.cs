namespace Governance.Collector.Schemas.Protobuf;

/// <summary>What the extractor needs of a <c>.proto</c> file.</summary>
internal sealed class ProtoFile
{
    /// <summary>The import path the file was loaded as; empty for the subject's own schema.</summary>
    public required string Name { get; init; }

    /// <summary>The <c>package</c>, or empty.</summary>
    public string Package { get; set; } = "";

    /// <summary>Import paths in declaration order.</summary>
    public List<string> Imports { get; } = [];

    /// <summary>Top-level messages in declaration order (the first one is the record, as Confluent defines).</summary>
    public List<ProtoMessage> Messages { get; } = [];

    /// <summary>Top-level enums.</summary>
    public List<ProtoEnum> Enums { get; } = [];
}

/// <summary>A message declaration.</summary>
internal sealed class ProtoMessage
{
    /// <summary>Fully-qualified name without a leading dot, e.g. <c>com.retail.pos.PosTransaction.LineItem</c>.</summary>
    public required string FullName { get; init; }

    /// <summary>Leading comment or <c>(confluent.message_meta).doc</c>.</summary>
    public string? Description { get; set; }

    /// <summary>Fields in declaration order, <c>oneof</c> members in place.</summary>
    public List<ProtoField> Fields { get; } = [];

    /// <summary>Nested messages.</summary>
    public List<ProtoMessage> Messages { get; } = [];

    /// <summary>Nested enums.</summary>
    public List<ProtoEnum> Enums { get; } = [];
}

/// <summary>An enum declaration (only its name matters for field types).</summary>
/// <param name="FullName">Fully-qualified name without a leading dot.</param>
internal sealed record ProtoEnum(string FullName);

/// <summary>A field (also a <c>oneof</c> member, a map field or a proto2 group).</summary>
internal sealed class ProtoField
{
    /// <summary>The field name.</summary>
    public required string Name { get; init; }

    /// <summary>The type as written (a scalar, or a possibly qualified or dot-prefixed message or enum name); the value type of a map.</summary>
    public required string Type { get; init; }

    /// <summary>The key type of a <c>map&lt;K,V&gt;</c> field, else <see langword="null"/>.</summary>
    public string? MapKeyType { get; init; }

    /// <summary>Whether the field is <c>repeated</c>.</summary>
    public bool Repeated { get; init; }

    /// <summary>The 1-based line of the declaration, for messages.</summary>
    public int Line { get; init; }

    /// <summary><c>(confluent.field_meta).doc</c>, else the leading comment, else the trailing comment.</summary>
    public string? Description { get; set; }

    /// <summary><c>(confluent.field_meta).tags</c>.</summary>
    public List<string> Tags { get; } = [];
}

/// <summary>The value of an option: a scalar, a text-format message (<c>{ tags: "PII" }</c>) or a list.</summary>
internal abstract record ProtoOptionValue;

/// <summary>A scalar option value as written (strings decoded).</summary>
internal sealed record ProtoScalar(string Text) : ProtoOptionValue;

/// <summary>A text-format message option value: its entries in order (a name may repeat).</summary>
internal sealed record ProtoAggregate(List<KeyValuePair<string, ProtoOptionValue>> Entries) : ProtoOptionValue;

/// <summary>A list option value (<c>[a, b]</c> in text format).</summary>
internal sealed record ProtoList(List<ProtoOptionValue> Items) : ProtoOptionValue;
