using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace Governance.Model.OpenLineage.Validation;

/// <summary>
/// Bridges System.Text.Json input to the Newtonsoft <see cref="JToken"/> tree NJsonSchema validates, and formats
/// values and paths for messages. The tree is built directly from <see cref="JsonElement"/>, so untrusted text is
/// only ever parsed by System.Text.Json (bounded depth), never by Newtonsoft's reader.
/// </summary>
internal static class JsonTokens
{
    /// <summary>Deepest nesting accepted; deeper input is rejected before the (recursive) schema validation runs.</summary>
    public const int MaxDepth = 128;

    /// <summary>
    /// Converts <paramref name="element"/> to a <see cref="JToken"/>, or returns <see langword="null"/> when it is nested
    /// deeper than <see cref="MaxDepth"/>. Strings stay strings (no date sniffing).
    /// A number with a zero fractional part (<c>5.0</c>, <c>1e3</c>) becomes an integer token, because JSON Schema
    /// (draft 6 and later, like the reference harness) counts it as an <c>integer</c>. Duplicate member names: last wins.
    /// </summary>
    public static JToken? ToJToken(JsonElement element) => ToJToken(element, 0);

    private static JToken? ToJToken(JsonElement element, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object or JsonValueKind.Array when depth >= MaxDepth:
                return null;
            case JsonValueKind.Object:
                var obj = new JObject();
                foreach (var property in element.EnumerateObject())
                {
                    var value = ToJToken(property.Value, depth + 1);
                    if (value is null)
                    {
                        return null;
                    }

                    obj[property.Name] = value;
                }

                return obj;
            case JsonValueKind.Array:
                var array = new JArray();
                foreach (var item in element.EnumerateArray())
                {
                    var value = ToJToken(item, depth + 1);
                    if (value is null)
                    {
                        return null;
                    }

                    array.Add(value);
                }

                return array;
            case JsonValueKind.String:
                return new JValue(element.GetString());
            case JsonValueKind.Number:
                return ToNumber(element);
            case JsonValueKind.True:
                return new JValue(true);
            case JsonValueKind.False:
                return new JValue(false);
            default:
                return JValue.CreateNull();
        }
    }

    private static JValue ToNumber(JsonElement element)
    {
        if (element.TryGetInt64(out var l))
        {
            return new JValue(l);
        }

        var raw = element.GetRawText();
        if (raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0 && BigInteger.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big))
        {
            return new JValue(big);
        }

        if (element.TryGetDouble(out var d))
        {
            if (Math.Floor(d) == d && Math.Abs(d) < 9.2e18)
            {
                return new JValue((long)d);
            }

            return new JValue(d);
        }

        return new JValue(raw.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity);
    }

    /// <summary>The JSON Schema type name of a token: object, array, string, integer, number, boolean or null.</summary>
    public static string TypeName(JToken? token) => token?.Type switch
    {
        JTokenType.Object => "object",
        JTokenType.Array => "array",
        JTokenType.String or JTokenType.Date or JTokenType.Guid or JTokenType.Uri or JTokenType.TimeSpan => "string",
        JTokenType.Integer => "integer",
        JTokenType.Float => "number",
        JTokenType.Boolean => "boolean",
        JTokenType.Null or JTokenType.Undefined => "null",
        null => "nothing",
        _ => token.Type.ToString().ToLowerInvariant(),
    };

    /// <summary>Short JSON rendering of a scalar for messages (strings quoted, long values truncated).</summary>
    public static string Display(JToken? token)
    {
        if (token is null)
        {
            return "nothing";
        }

        if (token is JObject or JArray)
        {
            return TypeName(token);
        }

        var text = token.Type == JTokenType.String
            ? JsonSerializer.Serialize(token.Value<string>())
            : token.ToString(Newtonsoft.Json.Formatting.None);
        return text.Length > 80 ? text[..77] + "..." : text;
    }

    /// <summary>Appends a member to a JSON path: <c>.name</c> for identifier-like names, else <c>['name']</c>.</summary>
    public static string AppendProperty(string path, string name) =>
        IsShorthandName(name) ? path + "." + name : path + "['" + EscapeName(name) + "']";

    /// <summary>Appends an array index to a JSON path.</summary>
    public static string AppendIndex(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    // RFC 9535 member-name-shorthand: ALPHA / "_" / non-ASCII first, then also DIGIT.
    private static bool IsShorthandName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var ok = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_' or > '\u007f' || (i > 0 && c is >= '0' and <= '9');
            if (!ok || char.IsControl(c) || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string EscapeName(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            switch (c)
            {
                case '\'': sb.Append("\\'"); break;
                case '\\': sb.Append("\\\\"); break;
                case < ' ': sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }
}
