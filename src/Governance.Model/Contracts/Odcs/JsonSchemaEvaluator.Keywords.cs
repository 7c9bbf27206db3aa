using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Governance.Model.Contracts.Odcs;

/// <summary>Scalar keywords, references, messages and the keyword check done when a schema is loaded.</summary>
internal sealed partial class JsonSchemaEvaluator
{
    /// <summary>Keywords this evaluator implements, and annotations it may ignore.</summary>
    public static readonly IReadOnlySet<string> KnownKeywords = new HashSet<string>(StringComparer.Ordinal)
    {
        "type", "enum", "const", "$ref", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "properties", "required",
        "additionalProperties", "unevaluatedProperties", "items", "minItems", "maxItems", "uniqueItems", "pattern",
        "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "$defs",
        "$schema", "$id", "$comment", "title", "description", "examples", "default", "deprecated", "format",
    };

    private static readonly string[] SingleSchemaKeywords = ["items", "additionalProperties", "unevaluatedProperties", "not", "if", "then", "else"];
    private static readonly string[] SchemaArrayKeywords = ["allOf", "anyOf", "oneOf"];

    private bool EvaluateScalar(JsonObject schema, JsonValue value, string path, List<(string, string)>? errors)
    {
        var valid = true;
        void Fail(string message)
        {
            valid = false;
            errors?.Add((path, message));
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                var text = value.GetValue<string>();
                if (schema["pattern"] is JsonValue pattern && !Pattern(pattern.GetValue<string>()).IsMatch(text))
                {
                    Fail($"'{text}' does not match the pattern {pattern.GetValue<string>()}");
                }

                var length = text.EnumerateRunes().Count();
                if (Integer(schema, "minLength") is { } minLength && length < minLength)
                {
                    Fail($"must have at least {minLength} characters");
                }

                if (Integer(schema, "maxLength") is { } maxLength && length > maxLength)
                {
                    Fail($"must have at most {maxLength} characters");
                }

                break;
            case JsonValueKind.Number:
                var number = Number(value);
                foreach (var (keyword, ok, words) in new (string, Func<double, double, bool>, string)[]
                {
                    ("minimum", (n, l) => n >= l, "at least"), ("maximum", (n, l) => n <= l, "at most"),
                    ("exclusiveMinimum", (n, l) => n > l, "greater than"), ("exclusiveMaximum", (n, l) => n < l, "less than"),
                })
                {
                    if (schema[keyword] is JsonValue limit && !ok(number, Number(limit)))
                    {
                        Fail($"{value.ToJsonString()} must be {words} {limit.ToJsonString()}");
                    }
                }

                break;
        }

        return valid;
    }

    private Regex Pattern(string pattern) =>
        _patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));

    private JsonNode Resolve(string reference)
    {
        JsonNode? node = _root;
        foreach (var token in reference[2..].Split('/'))
        {
            node = node?[token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        }

        return node ?? throw new InvalidOperationException($"the schema reference {reference} does not resolve");
    }

    private void ReportAlternatives(JsonArray branches, List<int> passed, JsonNode? instance, string path, List<(string, string)> errors, bool exactlyOne)
    {
        // The operator alternatives of ODCS quality rules: each branch requires one member.
        var single = branches.Select(b => (b as JsonObject)?["required"] is JsonArray { Count: 1 } r ? r[0]!.GetValue<string>() : null).ToList();
        if (single.All(name => name is not null))
        {
            var present = instance is JsonObject o ? single.Where(name => o.ContainsKey(name!)).ToList() : [];
            errors.Add((path, passed.Count > 1 || present.Count > 1
                ? $"use exactly one of {string.Join(", ", single)}; found {string.Join(" and ", present)}"
                : $"needs exactly one of {string.Join(", ", single)}"));
            return;
        }

        if (exactlyOne && passed.Count > 1)
        {
            errors.Add((path, $"matches {passed.Count} of the alternative forms; exactly one is allowed"));
            return;
        }

        // Report the errors of the only alternative of the instance's kind, when there is one.
        var sameKind = Enumerable.Range(0, branches.Count).Where(i => DeclaredType(branches[i]!) is not { } t || MatchesType(t, instance)).ToList();
        if (sameKind.Count == 1)
        {
            Evaluate(branches[sameKind[0]]!, instance, path, errors, []);
            return;
        }

        var kinds = branches.Select(b => DeclaredType(b!)).OfType<JsonNode>().Select(Describe).Distinct().ToList();
        errors.Add((path, kinds.Count == branches.Count
            ? $"must be {string.Join(" or ", kinds)}, not {KindOf(instance)}"
            : $"{Show(instance)} matches none of the {branches.Count} allowed forms"));
    }

    private JsonNode? DeclaredType(JsonNode schema) => schema is JsonObject obj
        ? obj["type"] ?? (obj["$ref"] is JsonValue r ? DeclaredType(Resolve(r.GetValue<string>())) : null)
        : null;

    private static bool MatchesType(JsonNode type, JsonNode? instance) => type is JsonArray any
        ? any.Any(t => MatchesType(t!, instance))
        : type.GetValue<string>() switch
        {
            "object" => instance is JsonObject,
            "array" => instance is JsonArray,
            "string" => instance is JsonValue v && v.GetValueKind() == JsonValueKind.String,
            "boolean" => instance is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
            "number" => instance is JsonValue v && v.GetValueKind() == JsonValueKind.Number,
            "integer" => instance is JsonValue v && v.GetValueKind() == JsonValueKind.Number && Math.Floor(Number(v)) == Number(v),
            "null" => instance is null,
            _ => false,
        };

    private static string Describe(JsonNode type) => type is JsonArray any
        ? string.Join(" or ", any.Select(t => Describe(t!)))
        : type.GetValue<string>() switch
        {
            "object" => "an object",
            "array" => "a list",
            "integer" => "an integer",
            var name => "a " + name,
        };

    private static string KindOf(JsonNode? instance) => instance switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "a list",
        _ => instance.GetValueKind() switch
        {
            JsonValueKind.String => $"the string '{instance.GetValue<string>()}'",
            JsonValueKind.Number => $"the number {instance.ToJsonString()}",
            _ => instance.ToJsonString(),
        },
    };

    private static string Show(JsonNode? value) => value is JsonValue v && v.GetValueKind() == JsonValueKind.String
        ? "'" + v.GetValue<string>() + "'"
        : value?.ToJsonString() ?? "null";

    private static string ShowList(JsonArray values) => values.Count <= 12
        ? string.Join(", ", values.Select(Show))
        : string.Join(", ", values.Take(12).Select(Show)) + $" (and {values.Count - 12} more)";

    private static double Number(JsonNode value) => double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int? Integer(JsonObject schema, string keyword) => schema[keyword] is JsonValue v ? (int)Number(v) : null;

    private void CheckSchema(JsonNode? node, string where, HashSet<string> visited)
    {
        if (node is not JsonObject schema)
        {
            if (node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
            {
                return;
            }

            throw new InvalidOperationException($"{where} is not a schema");
        }

        foreach (var (keyword, value) in schema)
        {
            if (!KnownKeywords.Contains(keyword))
            {
                throw new InvalidOperationException($"{where} uses the keyword '{keyword}', which this validator does not implement");
            }

            if (keyword == "$ref")
            {
                var reference = value!.GetValue<string>();
                if (!reference.StartsWith("#/", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"{where}: only local references are supported, not {reference}");
                }

                if (visited.Add(reference))
                {
                    CheckSchema(Resolve(reference), reference, visited);
                }
            }
            else if (keyword == "properties")
            {
                foreach (var (name, sub) in value!.AsObject())
                {
                    CheckSchema(sub, $"{where}/properties/{name}", visited);
                }
            }
            else if (SingleSchemaKeywords.Contains(keyword))
            {
                CheckSchema(value, $"{where}/{keyword}", visited);
            }
            else if (SchemaArrayKeywords.Contains(keyword))
            {
                var i = 0;
                foreach (var sub in value!.AsArray())
                {
                    CheckSchema(sub, $"{where}/{keyword}/{i++}", visited);
                }
            }
            else if (keyword == "pattern")
            {
                Pattern(value!.GetValue<string>());
            }
        }
    }
}
