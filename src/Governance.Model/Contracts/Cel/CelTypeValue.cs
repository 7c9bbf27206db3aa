namespace Governance.Model.Contracts.Cel;

/// <summary>
/// A CEL <c>type</c> value, as returned by <c>type(x)</c> and named by identifiers such as <c>int</c>
/// or <c>string</c>: <c>type(message.total) == int</c>.
/// </summary>
public sealed class CelTypeValue : CelValue
{
    private static readonly Dictionary<string, CelTypeValue> Builtins = new[]
    {
        "null_type", "bool", "int", "uint", "double", "string", "bytes", "list", "map", "type",
        CelTimestamp.TypeNameText, CelDuration.TypeNameText,
    }.ToDictionary(name => name, name => new CelTypeValue(name), StringComparer.Ordinal);

    private CelTypeValue(string name) => Name = name;

    /// <summary>The type's name, e.g. <c>int</c>.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string TypeName => "type";

    /// <summary>The type of <paramref name="value"/>.</summary>
    /// <param name="value">Any value.</param>
    public static CelTypeValue Of(CelValue value) => Builtins[value.TypeName];

    /// <summary>Resolves a type name used as an identifier (only when no variable of that name is bound).</summary>
    internal static bool TryGetBuiltin(string name, out CelTypeValue type) => Builtins.TryGetValue(name, out type!);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CelTypeValue other && other.Name == Name;

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc />
    public override string ToString() => Name;
}
