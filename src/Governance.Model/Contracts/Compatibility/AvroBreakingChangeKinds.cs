namespace Governance.Model.Contracts.Compatibility;

/// <summary>
/// The kinds of breaking change an Avro check reports. The first six are the Avro project's own names for schema
/// resolution errors (what Schema Registry reports); the decimal ones apply the specification's rule that decimals
/// resolve only when their scales match.
/// </summary>
public static class AvroBreakingChangeKinds
{
    /// <summary>A reader field is absent from the writer and has no default to fill it with.</summary>
    public const string ReaderFieldMissingDefaultValue = "READER_FIELD_MISSING_DEFAULT_VALUE";

    /// <summary>The writer's type cannot be read as the reader's (and is no allowed promotion such as int to long).</summary>
    public const string TypeMismatch = "TYPE_MISMATCH";

    /// <summary>Two records, enums or fixed types match neither by full name nor by a reader alias.</summary>
    public const string NameMismatch = "NAME_MISMATCH";

    /// <summary>The writer's enum has symbols the reader lacks, and the reader's enum has no default symbol.</summary>
    public const string MissingEnumSymbols = "MISSING_ENUM_SYMBOLS";

    /// <summary>Two fixed types differ in size.</summary>
    public const string FixedSizeMismatch = "FIXED_SIZE_MISMATCH";

    /// <summary>A type the writer can write (a union branch or a plain type) matches no branch of the reader's union.</summary>
    public const string MissingUnionBranch = "MISSING_UNION_BRANCH";

    /// <summary>Two decimals differ in scale, so the same bytes would mean a different number.</summary>
    public const string DecimalScaleMismatch = "DECIMAL_SCALE_MISMATCH";

    /// <summary>The reader's decimal has a smaller precision than the writer's, so written values may not fit.</summary>
    public const string DecimalPrecisionNarrowed = "DECIMAL_PRECISION_NARROWED";
}
