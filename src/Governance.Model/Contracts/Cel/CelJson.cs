using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Governance.Model.Contracts.Cel;

/// <summary>
/// JSON data as CEL values. Objects and arrays are wrapped, not copied: fields are looked up in the
/// <see cref="JsonElement"/> when selected.
/// </summary>
/// <remarks>
/// The CEL specification maps every JSON number to <c>double</c>. Confluent's rule executors see JSON
/// messages through Jackson, where integral numbers are Java ints and longs, i.e. CEL <c>int</c>; rules
/// written for them (<c>message.quantity * 2 == 8</c>) only work with that mapping, so integral numbers
/// that fit 64 bits become <c>int</c> (or <c>uint</c> above the int range) and the rest <c>double</c>.
/// Comparisons mix the two freely either way.
/// </remarks>
internal static class CelJson
{
    public static CelValue From(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new CelJsonMap(element),
        JsonValueKind.Array => new CelJsonList(element),
        JsonValueKind.String => new CelString(ReadString(element)),
        JsonValueKind.Number => FromNumber(element),
        JsonValueKind.True => CelBool.True,
        JsonValueKind.False => CelBool.False,
        _ => CelNull.Instance,
    };

    /// <summary>
    /// JSON text may escape an unpaired surrogate (<c>"\ud800"</c>), which <see cref="JsonElement.GetString"/>
    /// refuses. .NET and Java strings can hold one, and Jackson (Confluent's JSON reader) keeps it, so the
    /// literal is decoded here instead of failing the whole evaluation.
    /// </summary>
    private static string ReadString(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return DecodeLiteral(element.GetRawText());
        }
    }

    private static string DecodeLiteral(string literal)
    {
        var text = new StringBuilder(literal.Length);
        for (var i = 1; i < literal.Length - 1; i++)
        {
            if (literal[i] != '\\')
            {
                text.Append(literal[i]);
                continue;
            }

            var escape = literal[++i];
            text.Append(escape switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => (char)int.Parse(literal.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
                _ => escape,
            });
            if (escape == 'u')
                i += 4;
        }

        return text.ToString();
    }

    private static CelValue FromNumber(JsonElement element)
    {
        var raw = element.GetRawText();
        var integral = raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0;
        if (integral && element.TryGetInt64(out var signed))
            return new CelInt(signed);
        if (integral && element.TryGetUInt64(out var unsigned))
            return new CelUint(unsigned);
        return new CelDouble(double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture));
    }
}

/// <summary>A JSON array as a CEL list; elements are converted once, on first access.</summary>
internal sealed class CelJsonList(JsonElement element) : CelList
{
    private CelValue[]? _items;

    internal override long Weight => Math.Max(1, Count);

    public override int Count => Elements().Length;

    public override CelValue this[int index] => Elements()[index];

    private CelValue[] Elements() => _items ??= [.. element.EnumerateArray().Select(CelJson.From)];
}

/// <summary>A JSON object as a CEL map with string keys; this is how messages are seen.</summary>
internal sealed class CelJsonMap(JsonElement element) : CelMap
{
    private int? _count;

    public JsonElement Element => element;

    internal override long Weight => Math.Max(1, Count);

    public override int Count => _count ??= element.EnumerateObject().Count();

    public override IEnumerable<CelValue> Keys => element.EnumerateObject().Select(property => new CelString(property.Name));

    public override bool TryGetValue(CelValue key, [MaybeNullWhen(false)] out CelValue value)
    {
        if (key is CelString name && element.TryGetProperty(name.Value, out var property))
        {
            value = CelJson.From(property);
            return true;
        }

        value = null;
        return false;
    }
}
