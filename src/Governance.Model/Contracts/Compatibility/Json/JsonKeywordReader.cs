using System.Text.Json;
using System.Text.RegularExpressions;

namespace Governance.Model.Contracts.Compatibility.Json;

/// <summary>Reads the keywords of one schema object, rejecting values of the wrong kind with the keyword's location.</summary>
internal sealed class JsonKeywordReader(JsonElement schema, string pointer)
{
    /// <summary>The schema object.</summary>
    public JsonElement Schema { get; } = schema;

    /// <summary>Its location in the document.</summary>
    public string Pointer { get; } = pointer;

    /// <summary>The keyword's value, if present.</summary>
    public JsonElement? Get(string keyword) => Schema.TryGetProperty(keyword, out var value) ? value : null;

    /// <summary>A number keyword such as <c>minimum</c>.</summary>
    public decimal? Number(string keyword) => Get(keyword) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } n => n.TryGetDecimal(out var d) ? d : n.GetDouble() > 0 ? decimal.MaxValue : decimal.MinValue,
        _ => throw Fault(keyword, "must be a number"),
    };

    /// <summary>A non-negative integer keyword such as <c>maxLength</c>.</summary>
    public decimal? Count(string keyword)
    {
        var value = Get(keyword) is null ? null : Number(keyword);
        return value is null || (value >= 0 && decimal.Truncate(value.Value) == value)
            ? value
            : throw Fault(keyword, "must be a non-negative integer");
    }

    /// <summary>A string keyword such as <c>pattern</c>.</summary>
    public string? Text(string keyword) => Get(keyword) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        _ => throw Fault(keyword, "must be a string"),
    };

    /// <summary>A boolean keyword such as <c>uniqueItems</c>.</summary>
    public bool? Flag(string keyword) => Get(keyword) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw Fault(keyword, "must be true or false"),
    };

    /// <summary>An array of strings such as <c>required</c>.</summary>
    public IReadOnlyList<string>? Strings(string keyword) => Get(keyword) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Array } a when a.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
            a.EnumerateArray().Select(v => v.GetString()!).ToList(),
        _ => throw Fault(keyword, "must be an array of strings"),
    };

    /// <summary>An object whose members are subschemas, such as <c>properties</c>, as (name, value, pointer).</summary>
    public IEnumerable<(string Name, JsonElement Value, string Pointer)> Members(string keyword) => Get(keyword) switch
    {
        null => [],
        { ValueKind: JsonValueKind.Object } o => o.EnumerateObject()
            .Select(p => (p.Name, p.Value, JsonSchemaNodeBuilder.Child(Pointer, keyword, p.Name))).ToList(),
        _ => throw Fault(keyword, "must be an object"),
    };

    /// <summary>A regular expression key of <c>patternProperties</c>.</summary>
    public Regex Pattern(string pattern, string at)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw JsonSchemaNodeBuilder.Error(at, $"'{pattern}' is not a valid regular expression ({e.Message})");
        }
    }

    /// <summary>The <c>number</c>/<c>integer</c> keywords; draft-04 boolean <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c> make the bound exclusive.</summary>
    public static NumberNode ReadNumber(JsonKeywordReader keywords, bool isInteger)
    {
        var (minimum, exclusiveMinimum) = Bound(keywords, "minimum", "exclusiveMinimum");
        var (maximum, exclusiveMaximum) = Bound(keywords, "maximum", "exclusiveMaximum");
        var multipleOf = keywords.Number("multipleOf");
        if (multipleOf <= 0)
        {
            throw keywords.Fault("multipleOf", "must be greater than 0");
        }

        return new NumberNode
        {
            IsInteger = isInteger,
            Minimum = minimum,
            Maximum = maximum,
            ExclusiveMinimum = exclusiveMinimum,
            ExclusiveMaximum = exclusiveMaximum,
            MultipleOf = multipleOf,
        };
    }

    /// <summary>An error naming the keyword's location.</summary>
    public SchemaFormatException Fault(string keyword, string problem) =>
        JsonSchemaNodeBuilder.Error(JsonSchemaNodeBuilder.Child(Pointer, keyword), $"\"{keyword}\" {problem}");

    private static (decimal? Inclusive, decimal? Exclusive) Bound(JsonKeywordReader keywords, string inclusive, string exclusive)
    {
        var limit = keywords.Number(inclusive);
        return keywords.Get(exclusive) is { ValueKind: JsonValueKind.True or JsonValueKind.False } draft4
            ? draft4.ValueKind == JsonValueKind.True ? (null, limit) : (limit, null)
            : (limit, keywords.Number(exclusive));
    }
}
