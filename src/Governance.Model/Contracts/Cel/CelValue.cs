using System.Text.Json;

namespace Governance.Model.Contracts.Cel;

/// <summary>
/// A CEL runtime value. The set of value types is closed (constructors are not public outside this
/// assembly), so evaluation only ever meets the types defined here: nothing reaches host objects.
/// <see cref="object.ToString"/> renders the value as a CEL literal, e.g. <c>"text"</c>, <c>3u</c>, <c>[1, 2]</c>.
/// </summary>
public abstract class CelValue
{
    private protected CelValue()
    {
    }

    /// <summary>The CEL type name: <c>null_type</c>, <c>bool</c>, <c>int</c>, <c>uint</c>, <c>double</c>, <c>string</c>,
    /// <c>bytes</c>, <c>list</c>, <c>map</c>, <c>type</c>, <c>google.protobuf.Timestamp</c> or <c>google.protobuf.Duration</c>.</summary>
    public abstract string TypeName { get; }

    /// <summary>The CEL <c>null</c> value.</summary>
    public static CelValue Null => CelNull.Instance;

    /// <summary>
    /// How many values this one stands for: 1 for a scalar; for a list the sum over its elements and for
    /// a map over its values, but at least 1 (an empty list still counts). Lists share their elements, so
    /// <c>x + x</c> repeated builds a value whose logical size doubles each time while memory barely
    /// grows; limits apply to this weight, not to the top-level count, so such doubling cannot hide.
    /// </summary>
    internal virtual long Weight => 1;

    /// <summary>Writes the value as a CEL literal, stopping when <paramref name="text"/> is full.</summary>
    internal virtual void Render(CelText text) => text.Append(ToString() ?? "");

    /// <summary>A string value; <c>null</c> becomes CEL <c>null</c>.</summary>
    /// <param name="value">The text.</param>
    public static CelValue From(string? value) => value is null ? CelNull.Instance : new CelString(value);

    /// <summary>An <c>int</c> value.</summary>
    /// <param name="value">The number.</param>
    public static CelValue From(long value) => new CelInt(value);

    /// <summary>A <c>uint</c> value.</summary>
    /// <param name="value">The number.</param>
    public static CelValue From(ulong value) => new CelUint(value);

    /// <summary>A <c>double</c> value.</summary>
    /// <param name="value">The number.</param>
    public static CelValue From(double value) => new CelDouble(value);

    /// <summary>A <c>bool</c> value.</summary>
    /// <param name="value">The truth value.</param>
    public static CelValue From(bool value) => CelBool.Of(value);

    /// <summary>A list of strings, e.g. the <c>tags</c> of a field.</summary>
    /// <param name="values">The strings, in order.</param>
    public static CelValue From(IEnumerable<string> values) => CelList.Of(values.Select(From));

    /// <summary>
    /// A view of JSON data: objects become maps with string keys (field selection works on them),
    /// arrays become lists, integral numbers that fit 64 bits become <c>int</c> (or <c>uint</c> above
    /// the int range) and other numbers <c>double</c>. The element is read lazily, so its
    /// <see cref="JsonDocument"/> must stay undisposed while the value is used.
    /// </summary>
    /// <param name="element">The JSON element.</param>
    public static CelValue FromJson(JsonElement element) => CelJson.From(element);
}
