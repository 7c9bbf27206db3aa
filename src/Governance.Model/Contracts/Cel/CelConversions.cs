using System.Globalization;
using System.Text;

namespace Governance.Model.Contracts.Cel;

/// <summary>
/// The type-conversion functions <c>int</c>, <c>uint</c>, <c>double</c>, <c>string</c>, <c>bool</c>,
/// <c>bytes</c>, <c>dyn</c>, <c>type</c>, <c>timestamp</c> and <c>duration</c>. Conversions that lose
/// range are errors, never silent truncation of the integer part.
/// </summary>
internal static class CelConversions
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // 2^63 and 2^64 as doubles; a double below the first (and at least -2^63) truncates into an int.
    private const double TwoTo63 = 9223372036854775808.0;
    private const double TwoTo64 = 18446744073709551616.0;

    public static CelValue Convert(CelCallExpr call, CelValue value, CelRuntime runtime)
    {
        return call.Function switch
        {
            "int" => ToInt(value, call),
            "uint" => ToUint(value, call),
            "double" => ToDouble(value, call),
            "string" => ToText(value, call, runtime),
            "bool" => ToBool(value, call),
            "bytes" => ToBytes(value, call, runtime),
            "dyn" => value,
            "type" => CelTypeValue.Of(value),
            "timestamp" => CelTimeFunctions.ToTimestamp(value, call),
            "duration" => CelTimeFunctions.ToDuration(value, call),
            _ => CelFunctions.NoOverload(call, null, [value]),
        };
    }

    private static CelValue ToInt(CelValue value, CelCallExpr call) => value switch
    {
        CelInt => value,
        CelUint u => u.Value <= long.MaxValue ? new CelInt((long)u.Value) : RangeError(value, "int", call),
        CelDouble d => d.Value >= -TwoTo63 && d.Value < TwoTo63 ? new CelInt((long)Math.Truncate(d.Value)) : RangeError(value, "int", call),
        CelString s => long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
            ? new CelInt(parsed)
            : Unparsable(s, "int", call),
        CelTimestamp t => new CelInt(t.Value.ToUnixTimeSeconds()),
        _ => CelFunctions.NoOverload(call, null, [value]),
    };

    private static CelValue ToUint(CelValue value, CelCallExpr call) => value switch
    {
        CelUint => value,
        CelInt i => i.Value >= 0 ? new CelUint((ulong)i.Value) : RangeError(value, "uint", call),
        CelDouble d => d.Value > -1.0 && d.Value < TwoTo64 ? new CelUint((ulong)Math.Truncate(d.Value)) : RangeError(value, "uint", call),
        CelString s => ulong.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            ? new CelUint(parsed)
            : Unparsable(s, "uint", call),
        _ => CelFunctions.NoOverload(call, null, [value]),
    };

    private static CelValue ToDouble(CelValue value, CelCallExpr call) => value switch
    {
        CelDouble => value,
        CelInt i => new CelDouble(i.Value),
        CelUint u => new CelDouble(u.Value),
        CelString s => double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? new CelDouble(parsed)
            : Unparsable(s, "double", call),
        _ => CelFunctions.NoOverload(call, null, [value]),
    };

    private static CelValue ToText(CelValue value, CelCallExpr call, CelRuntime runtime)
    {
        string? text = value switch
        {
            CelString s => s.Value,
            CelInt i => i.Value.ToString(CultureInfo.InvariantCulture),
            CelUint u => u.Value.ToString(CultureInfo.InvariantCulture),
            CelDouble d => CelDouble.Format(d.Value),
            CelBool b => b.Value ? "true" : "false",
            CelTimestamp t => t.Format(),
            CelDuration d => d.Format(),
            _ => null,
        };
        if (value is CelBytes bytes)
        {
            runtime.EnsureStringLength(bytes.Value.Length);
            try
            {
                text = StrictUtf8.GetString(bytes.Value.AsSpan());
            }
            catch (DecoderFallbackException)
            {
                return new CelError(CelErrorKind.InvalidArgument, "bytes are not valid UTF-8 and cannot become a string", call.Position);
            }
        }

        return text is null ? CelFunctions.NoOverload(call, null, [value]) : new CelString(text);
    }

    /// <summary>Accepts the spellings Go's <c>strconv.ParseBool</c> accepts, as cel-go does.</summary>
    private static CelValue ToBool(CelValue value, CelCallExpr call) => value switch
    {
        CelBool => value,
        CelString { Value: "1" or "t" or "T" or "true" or "TRUE" or "True" } => CelBool.True,
        CelString { Value: "0" or "f" or "F" or "false" or "FALSE" or "False" } => CelBool.False,
        CelString s => Unparsable(s, "bool", call),
        _ => CelFunctions.NoOverload(call, null, [value]),
    };

    private static CelValue ToBytes(CelValue value, CelCallExpr call, CelRuntime runtime)
    {
        switch (value)
        {
            case CelBytes:
                return value;
            case CelString s:
                runtime.EnsureStringLength(s.Value.Length);
                return new CelBytes([.. Encoding.UTF8.GetBytes(s.Value)]);
            default:
                return CelFunctions.NoOverload(call, null, [value]);
        }
    }

    private static CelError RangeError(CelValue value, string type, CelCallExpr call) =>
        new(CelErrorKind.Overflow, $"{CelText.Describe(value)} is out of range for {type}", call.Position);

    private static CelError Unparsable(CelString value, string type, CelCallExpr call) =>
        new(CelErrorKind.InvalidArgument, $"cannot convert {CelText.Describe(value)} to {type}", call.Position);
}
