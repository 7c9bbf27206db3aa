using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Governance.Model.Contracts.Cel;

/// <summary>The CEL <c>null</c> value (type <c>null_type</c>).</summary>
public sealed class CelNull : CelValue
{
    private CelNull()
    {
    }

    /// <summary>The only instance.</summary>
    public static CelNull Instance { get; } = new();

    /// <inheritdoc />
    public override string TypeName => "null_type";

    /// <inheritdoc />
    public override string ToString() => "null";
}

/// <summary>A CEL <c>bool</c>.</summary>
public sealed class CelBool : CelValue
{
    private CelBool(bool value) => Value = value;

    /// <summary><c>true</c>.</summary>
    public static CelBool True { get; } = new(true);

    /// <summary><c>false</c>.</summary>
    public static CelBool False { get; } = new(false);

    /// <summary>The truth value.</summary>
    public bool Value { get; }

    /// <inheritdoc />
    public override string TypeName => "bool";

    /// <summary>The shared instance for <paramref name="value"/>.</summary>
    /// <param name="value">The truth value.</param>
    public static CelBool Of(bool value) => value ? True : False;

    /// <inheritdoc />
    public override string ToString() => Value ? "true" : "false";
}

/// <summary>A CEL <c>int</c>: a signed 64-bit integer.</summary>
public sealed class CelInt : CelValue
{
    internal CelInt(long value) => Value = value;

    /// <summary>The number.</summary>
    public long Value { get; }

    /// <inheritdoc />
    public override string TypeName => "int";

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CelInt other && other.Value == Value;

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A CEL <c>uint</c>: an unsigned 64-bit integer.</summary>
public sealed class CelUint : CelValue
{
    internal CelUint(ulong value) => Value = value;

    /// <summary>The number.</summary>
    public ulong Value { get; }

    /// <inheritdoc />
    public override string TypeName => "uint";

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CelUint other && other.Value == Value;

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + "u";
}

/// <summary>A CEL <c>double</c>: a 64-bit IEEE 754 number.</summary>
public sealed class CelDouble : CelValue
{
    internal CelDouble(double value) => Value = value;

    /// <summary>The number.</summary>
    public double Value { get; }

    /// <inheritdoc />
    public override string TypeName => "double";

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CelDouble other && other.Value.Equals(Value);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public override string ToString()
    {
        if (!double.IsFinite(Value))
            return double.IsNaN(Value) ? "NaN" : Value > 0 ? "+Infinity" : "-Infinity";
        var text = Format(Value);
        return text.Contains('.') || text.Contains('e') ? text : text + ".0";
    }

    /// <summary>Shortest round-trip text, e.g. <c>1.5</c>, <c>1</c>, <c>1e+21</c>.</summary>
    internal static string Format(double value) =>
        value.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);
}

/// <summary>A CEL <c>string</c>: a sequence of Unicode code points.</summary>
public sealed class CelString : CelValue
{
    internal CelString(string value) => Value = value;

    /// <summary>The text.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string TypeName => "string";

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CelString other && string.Equals(other.Value, Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Quote(Value);

    internal static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}

/// <summary>A CEL <c>bytes</c> value: a sequence of octets.</summary>
public sealed class CelBytes : CelValue
{
    internal CelBytes(ImmutableArray<byte> value) => Value = value;

    /// <summary>The octets.</summary>
    public ImmutableArray<byte> Value { get; }

    /// <inheritdoc />
    public override string TypeName => "bytes";

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CelBytes other && other.Value.AsSpan().SequenceEqual(Value.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => Value.Length;

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder("b\"");
        foreach (var octet in Value)
        {
            text.Append(octet is >= 0x20 and < 0x7F and not (byte)'"' and not (byte)'\\' ? ((char)octet).ToString() : $"\\x{octet:x2}");
        }

        return text.Append('"').ToString();
    }
}
