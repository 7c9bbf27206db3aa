namespace Governance.Model.Contracts.Compatibility.Avro;

/// <summary>The kinds of Avro schema (the primitive types, the complex types and unions).</summary>
internal enum AvroKind
{
    Null,
    Boolean,
    Int,
    Long,
    Float,
    Double,
    Bytes,
    String,
    Record,
    Enum,
    Fixed,
    Array,
    Map,
    Union,
}

/// <summary>
/// A parsed Avro schema node. Instances are compared by reference: a named type used in several places is one
/// instance, which is what lets the resolution check stop on recursive types.
/// </summary>
internal abstract class AvroType(AvroKind kind)
{
    /// <summary>The Avro kind.</summary>
    public AvroKind Kind { get; } = kind;

    /// <summary>The logical type annotation, kept only when valid (the spec says invalid ones are ignored).</summary>
    public string? LogicalType { get; set; }

    /// <summary>Decimal precision and scale, when <see cref="LogicalType"/> is <c>decimal</c>.</summary>
    public (int Precision, int Scale)? Decimal { get; set; }

    /// <summary>How messages name this type, e.g. <c>long (timestamp-millis)</c> or <c>record com.acme.Order</c>.</summary>
    public virtual string Display => AvroTypeNames.Of(Kind) + (LogicalType is null ? "" : $" ({DisplayLogical})");

    private string DisplayLogical => Decimal is { } d ? $"decimal({d.Precision},{d.Scale})" : LogicalType!;
}

/// <summary>null, boolean, int, long, float, double, bytes or string.</summary>
internal sealed class AvroPrimitive(AvroKind kind) : AvroType(kind);

/// <summary>A record, enum or fixed: identified by its full name, and by its aliases when it reads other data.</summary>
internal abstract class AvroNamedType(AvroKind kind, string fullName, IReadOnlyList<string> aliases) : AvroType(kind)
{
    /// <summary>Namespace-qualified name.</summary>
    public string FullName { get; } = fullName;

    /// <summary>Full names of the aliases (relative aliases are resolved against the type's namespace).</summary>
    public IReadOnlyList<string> Aliases { get; } = aliases;

    /// <inheritdoc />
    public override string Display => $"{base.Display} {FullName}";
}

/// <summary>A record field.</summary>
/// <param name="Name">Field name.</param>
/// <param name="Type">Field schema.</param>
/// <param name="HasDefault">Whether the field declares a default (even <c>null</c>).</param>
/// <param name="Aliases">Other names the field had in earlier schemas.</param>
internal sealed record AvroField(string Name, AvroType Type, bool HasDefault, IReadOnlyList<string> Aliases);

/// <summary>A record. Fields are filled after the record is registered, so fields can refer to the record itself.</summary>
internal sealed class AvroRecord(string fullName, IReadOnlyList<string> aliases) : AvroNamedType(AvroKind.Record, fullName, aliases)
{
    /// <summary>The fields, in declaration order.</summary>
    public List<AvroField> Fields { get; } = [];
}

/// <summary>An enum; <paramref name="defaultSymbol"/> is what readers use for symbols they do not know.</summary>
internal sealed class AvroEnum(string fullName, IReadOnlyList<string> aliases, IReadOnlyList<string> symbols, string? defaultSymbol)
    : AvroNamedType(AvroKind.Enum, fullName, aliases)
{
    /// <summary>The symbols, in declaration order.</summary>
    public IReadOnlyList<string> Symbols { get; } = symbols;

    /// <summary>The enum default, or <c>null</c>.</summary>
    public string? DefaultSymbol { get; } = defaultSymbol;
}

/// <summary>A fixed-size byte sequence.</summary>
internal sealed class AvroFixed(string fullName, IReadOnlyList<string> aliases, int size) : AvroNamedType(AvroKind.Fixed, fullName, aliases)
{
    /// <summary>Number of bytes.</summary>
    public int Size { get; } = size;
}

/// <summary>An array of <paramref name="items"/>.</summary>
internal sealed class AvroArray(AvroType items) : AvroType(AvroKind.Array)
{
    /// <summary>The item schema.</summary>
    public AvroType Items { get; } = items;
}

/// <summary>A map from strings to <paramref name="values"/>.</summary>
internal sealed class AvroMap(AvroType values) : AvroType(AvroKind.Map)
{
    /// <summary>The value schema.</summary>
    public AvroType Values { get; } = values;
}

/// <summary>A union of branches.</summary>
internal sealed class AvroUnion(IReadOnlyList<AvroType> branches) : AvroType(AvroKind.Union)
{
    /// <summary>The branches, in declaration order.</summary>
    public IReadOnlyList<AvroType> Branches { get; } = branches;

    /// <inheritdoc />
    public override string Display => $"union [{string.Join(", ", Branches.Select(b => b is AvroNamedType n ? n.FullName : b.Display))}]";
}

/// <summary>Avro's spelling of the kinds.</summary>
internal static class AvroTypeNames
{
    private static readonly Dictionary<string, AvroKind> Primitives = new(StringComparer.Ordinal)
    {
        ["null"] = AvroKind.Null,
        ["boolean"] = AvroKind.Boolean,
        ["int"] = AvroKind.Int,
        ["long"] = AvroKind.Long,
        ["float"] = AvroKind.Float,
        ["double"] = AvroKind.Double,
        ["bytes"] = AvroKind.Bytes,
        ["string"] = AvroKind.String,
    };

    /// <summary>The primitive kind named <paramref name="name"/>, if it names one.</summary>
    public static bool TryGetPrimitive(string name, out AvroKind kind) => Primitives.TryGetValue(name, out kind);

    /// <summary>Avro's lower-case name of a kind.</summary>
    public static string Of(AvroKind kind) => kind.ToString().ToLowerInvariant();
}
