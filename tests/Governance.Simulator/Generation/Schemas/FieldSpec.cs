namespace Governance.Simulator.Generation.Schemas;

/// <summary>Field types the generated schemas use; each maps to AVRO, JSON Schema and Protobuf.</summary>
internal enum FieldType
{
    String,
    Int,
    Long,
    Double,
    Boolean,
    /// <summary>Milliseconds since the epoch (AVRO <c>timestamp-millis</c>, JSON <c>date-time</c>, Protobuf <c>google.protobuf.Timestamp</c>).</summary>
    Timestamp,
    /// <summary>A calendar date (AVRO <c>date</c>, JSON <c>date</c>, Protobuf ISO string).</summary>
    Date,
    Enum,
    Record,
    /// <summary>An array of <see cref="FieldSpec.Items"/>.</summary>
    Array,
}

/// <summary>One field of a generated record schema. Names are camelCase; Protobuf output converts to snake_case.</summary>
internal sealed record FieldSpec(string Name, FieldType Type, Semantic Semantic = Semantic.None)
{
    /// <summary>Nullable with a null default (AVRO union, JSON not required, Protobuf <c>optional</c>).</summary>
    public bool Optional { get; init; }

    /// <summary>Personal data: tagged PII in the subject's data-contract metadata (and inline for AVRO/JSON).</summary>
    public bool Pii { get; init; }

    public string? Doc { get; init; }

    /// <summary>The record type of a <see cref="FieldType.Record"/> field.</summary>
    public RecordSpec? Record { get; init; }

    /// <summary>The element of an <see cref="FieldType.Array"/> field (its name is unused).</summary>
    public FieldSpec? Items { get; init; }

    /// <summary>Enum type name and symbols of an <see cref="FieldType.Enum"/> field.</summary>
    public string? EnumName { get; init; }
    public IReadOnlyList<string>? Symbols { get; init; }

    /// <summary>First schema version that has the field; later additions are optional so that evolutions stay compatible.</summary>
    public int SinceVersion { get; init; } = 1;

    /// <summary>Version from which the field is gone (a rename in a new major version), or null.</summary>
    public int? UntilVersion { get; init; }

    public bool ExistsIn(int version) => SinceVersion <= version && (UntilVersion is null || version < UntilVersion);
}

/// <summary>A record type (AVRO record, JSON object, Protobuf message).</summary>
internal sealed record RecordSpec(string Name, string Namespace, IReadOnlyList<FieldSpec> Fields)
{
    public string? Doc { get; init; }

    /// <summary>
    /// Set for shared types registered once under their own subject (named after the full type name)
    /// and pulled into AVRO schemas as references instead of being repeated inline.
    /// </summary>
    public string? SharedSubject { get; init; }

    public string FullName => $"{Namespace}.{Name}";

    public IEnumerable<FieldSpec> FieldsAt(int version) => Fields.Where(f => f.ExistsIn(version));

    /// <summary>The highest <see cref="FieldSpec.SinceVersion"/>/<see cref="FieldSpec.UntilVersion"/>: how many versions the evolution spans.</summary>
    public int VersionsSpanned => Fields.Select(f => Math.Max(f.SinceVersion, f.UntilVersion ?? 1)).DefaultIfEmpty(1).Max();
}
