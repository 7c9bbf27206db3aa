namespace Governance.Simulator.Generation.Schemas;

/// <summary>Short constructors for field specs, so the catalog reads like a schema.</summary>
internal static class F
{
    public static FieldSpec S(string name, Semantic semantic = Semantic.None) => new(name, FieldType.String, semantic);
    public static FieldSpec I(string name, Semantic semantic = Semantic.None) => new(name, FieldType.Int, semantic);
    public static FieldSpec L(string name, Semantic semantic = Semantic.None) => new(name, FieldType.Long, semantic);
    public static FieldSpec D(string name, Semantic semantic = Semantic.None) => new(name, FieldType.Double, semantic);
    public static FieldSpec B(string name) => new(name, FieldType.Boolean);
    public static FieldSpec Ts(string name) => new(name, FieldType.Timestamp, Semantic.Timestamp);
    public static FieldSpec Day(string name, Semantic semantic = Semantic.None) => new(name, FieldType.Date, semantic);
    public static FieldSpec E(string name, string enumName, params string[] symbols) => new(name, FieldType.Enum) { EnumName = enumName, Symbols = symbols };
    public static FieldSpec R(string name, RecordSpec record) => new(name, FieldType.Record) { Record = record };
    public static FieldSpec A(string name, FieldSpec items) => new(name, FieldType.Array) { Items = items };
    public static FieldSpec A(string name, RecordSpec items) => new(name, FieldType.Array) { Items = new FieldSpec("item", FieldType.Record) { Record = items } };

    public static FieldSpec Pii(this FieldSpec field) => field with { Pii = true };
    public static FieldSpec Opt(this FieldSpec field) => field with { Optional = true };

    /// <summary>Added in a later version: optional, so that the evolution stays backward compatible.</summary>
    public static FieldSpec Since(this FieldSpec field, int version) => field with { SinceVersion = version, Optional = field.Optional || version > 1 };

    public static FieldSpec Until(this FieldSpec field, int version) => field with { UntilVersion = version };
    public static FieldSpec Doc(this FieldSpec field, string doc) => field with { Doc = doc };

    public static RecordSpec Record(string ns, string name, string? doc, params FieldSpec[] fields) => new(name, ns, fields) { Doc = doc };
}
