using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Governance.Model.Contracts.Odcs;

/// <summary>
/// A JSON Schema draft 2019-09 evaluator for the keywords the ODCS schema uses, with the draft's semantics:
/// <c>$ref</c> applies together with its sibling keywords; <c>if</c>/<c>then</c>/<c>else</c>; and
/// <c>unevaluatedProperties</c> sees the properties evaluated by <c>properties</c>, <c>additionalProperties</c> and
/// every successful in-place subschema (<c>allOf</c>, <c>anyOf</c>, <c>oneOf</c>, <c>$ref</c>, <c>if</c>/<c>then</c>/<c>else</c>).
/// <c>format</c> is an annotation (the 2019-09 default), as in the reference validators. A schema using a keyword
/// outside <see cref="KnownKeywords"/> or a non-local <c>$ref</c> is refused when loaded, so a newer schema can
/// never be validated only in part.
/// </summary>
/// <remarks>
/// Why not NJsonSchema (used for OpenLineage): version 10.7.2 has no <c>if</c>/<c>then</c>/<c>else</c>, no
/// <c>unevaluatedProperties</c> and no <c>const</c> (its <c>JsonSchema</c> type has no such members), ignores the
/// siblings of <c>$ref</c> and does not resolve <c>#/$defs/</c> references. The ODCS schema states its server
/// kinds, per-type <c>logicalTypeOptions</c>, quality rule kinds and closed objects with exactly those keywords, so
/// NJsonSchema would silently accept most invalid contracts.
/// </remarks>
internal sealed partial class JsonSchemaEvaluator
{
    private readonly JsonObject _root;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    public JsonSchemaEvaluator(JsonObject root)
    {
        _root = root;
        CheckSchema(root, "#", []);
    }

    /// <summary>Violations of <paramref name="instance"/>, each with the path of the offending member.</summary>
    public IReadOnlyList<(string Path, string Message)> Validate(JsonNode? instance)
    {
        var errors = new List<(string, string)>();
        Evaluate(_root, instance, string.Empty, errors, []);
        return errors.Distinct().ToList();
    }

    /// <summary>
    /// Whether <paramref name="instance"/> is valid against <paramref name="schemaNode"/>. Violations go to
    /// <paramref name="errors"/> (null while only probing a branch); names of the instance's properties this schema
    /// evaluated are added to <paramref name="evaluated"/>.
    /// </summary>
    private bool Evaluate(JsonNode schemaNode, JsonNode? instance, string path, List<(string, string)>? errors, HashSet<string> evaluated)
    {
        if (schemaNode is JsonValue boolean && boolean.TryGetValue<bool>(out var always))
        {
            if (!always)
            {
                errors?.Add((path, "no value is allowed here"));
            }

            return always;
        }

        var schema = (JsonObject)schemaNode;
        var valid = true;
        void Fail(string message)
        {
            valid = false;
            errors?.Add((path, message));
        }

        if (schema["type"] is { } type && !MatchesType(type, instance))
        {
            Fail($"must be {Describe(type)}, not {KindOf(instance)}");
            return false; // the other keywords would only repeat the mismatch
        }

        if (schema["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, instance)))
        {
            Fail($"{Show(instance)} is not one of {ShowList(values)}");
        }

        if (schema.TryGetPropertyValue("const", out var constant) && !JsonNode.DeepEquals(constant, instance))
        {
            Fail($"must be {Show(constant)}");
        }

        valid &= EvaluateApplicators(schema, instance, path, errors, evaluated);

        switch (instance)
        {
            case JsonObject obj:
                valid &= EvaluateObject(schema, obj, path, errors, evaluated);
                break;
            case JsonArray array:
                valid &= EvaluateArray(schema, array, path, errors);
                break;
            case JsonValue value:
                valid &= EvaluateScalar(schema, value, path, errors);
                break;
        }

        return valid;
    }

    private bool EvaluateApplicators(JsonObject schema, JsonNode? instance, string path, List<(string, string)>? errors, HashSet<string> evaluated)
    {
        var valid = true;
        if (schema["$ref"] is JsonValue reference)
        {
            valid &= Evaluate(Resolve(reference.GetValue<string>()), instance, path, errors, evaluated);
        }

        if (schema["allOf"] is JsonArray allOf)
        {
            foreach (var sub in allOf)
            {
                valid &= Evaluate(sub!, instance, path, errors, evaluated);
            }
        }

        if (schema["anyOf"] is JsonArray anyOf)
        {
            valid &= EvaluateAlternatives(anyOf, instance, path, errors, evaluated, exactlyOne: false);
        }

        if (schema["oneOf"] is JsonArray oneOf)
        {
            valid &= EvaluateAlternatives(oneOf, instance, path, errors, evaluated, exactlyOne: true);
        }

        if (schema["not"] is { } not && Evaluate(not, instance, path, null, []))
        {
            valid = false;
            errors?.Add((path, "matches a form that is not allowed here"));
        }

        if (schema["if"] is { } condition)
        {
            var conditionEvaluated = new HashSet<string>(StringComparer.Ordinal);
            if (Evaluate(condition, instance, path, null, conditionEvaluated))
            {
                evaluated.UnionWith(conditionEvaluated);
                if (schema["then"] is { } then)
                {
                    valid &= Evaluate(then, instance, path, errors, evaluated);
                }
            }
            else if (schema["else"] is { } otherwise)
            {
                valid &= Evaluate(otherwise, instance, path, errors, evaluated);
            }
        }

        return valid;
    }

    private bool EvaluateAlternatives(JsonArray branches, JsonNode? instance, string path, List<(string, string)>? errors, HashSet<string> evaluated, bool exactlyOne)
    {
        var passed = new List<int>();
        var annotations = new List<HashSet<string>>();
        for (var i = 0; i < branches.Count; i++)
        {
            var branchEvaluated = new HashSet<string>(StringComparer.Ordinal);
            annotations.Add(branchEvaluated);
            if (Evaluate(branches[i]!, instance, path, null, branchEvaluated))
            {
                passed.Add(i);
            }
        }

        if (passed.Count > 0 && (!exactlyOne || passed.Count == 1))
        {
            foreach (var i in passed)
            {
                evaluated.UnionWith(annotations[i]);
            }

            return true;
        }

        // Invalid either way: take every branch's annotations so that unevaluatedProperties adds no noise.
        foreach (var set in annotations)
        {
            evaluated.UnionWith(set);
        }

        if (errors is not null)
        {
            ReportAlternatives(branches, passed, instance, path, errors, exactlyOne);
        }

        return false;
    }

    private bool EvaluateObject(JsonObject schema, JsonObject obj, string path, List<(string, string)>? errors, HashSet<string> evaluated)
    {
        var valid = true;
        if (schema["required"] is JsonArray required)
        {
            foreach (var name in required.Select(r => r!.GetValue<string>()).Where(name => !obj.ContainsKey(name)))
            {
                valid = false;
                errors?.Add((OdcsPath.Member(path, name), $"'{name}' is required"));
            }
        }

        var declared = schema["properties"] as JsonObject;
        foreach (var (name, value) in obj)
        {
            var memberPath = OdcsPath.Member(path, name);
            if (declared is not null && declared.TryGetPropertyValue(name, out var sub))
            {
                evaluated.Add(name);
                valid &= Evaluate(sub!, value, memberPath, errors, []);
            }
            else if (schema["additionalProperties"] is { } additional)
            {
                evaluated.Add(name);
                valid &= additional is JsonValue b && b.TryGetValue<bool>(out var allowed) && !allowed
                    ? Reject(memberPath, name, declared, errors)
                    : Evaluate(additional, value, memberPath, errors, []);
            }
        }

        if (schema["unevaluatedProperties"] is { } unevaluated)
        {
            foreach (var (name, value) in obj.Where(member => !evaluated.Contains(member.Key)).ToList())
            {
                var memberPath = OdcsPath.Member(path, name);
                valid &= unevaluated is JsonValue b && b.TryGetValue<bool>(out var allowed) && !allowed
                    ? Reject(memberPath, name, null, errors)
                    : Evaluate(unevaluated, value, memberPath, errors, []);
                evaluated.Add(name);
            }
        }

        return valid;
    }

    private bool EvaluateArray(JsonObject schema, JsonArray array, string path, List<(string, string)>? errors)
    {
        var valid = true;
        if (schema["items"] is { } items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                valid &= Evaluate(items, array[i], OdcsPath.Item(path, i), errors, []);
            }
        }

        if (Integer(schema, "minItems") is { } minItems && array.Count < minItems)
        {
            valid = false;
            errors?.Add((path, $"needs at least {minItems} item(s), has {array.Count}"));
        }

        if (Integer(schema, "maxItems") is { } maxItems && array.Count > maxItems)
        {
            valid = false;
            errors?.Add((path, $"allows at most {maxItems} item(s), has {array.Count}"));
        }

        if (schema["uniqueItems"] is JsonValue unique && unique.GetValue<bool>())
        {
            for (var i = 1; i < array.Count; i++)
            {
                if (Enumerable.Range(0, i).Any(j => JsonNode.DeepEquals(array[i], array[j])))
                {
                    valid = false;
                    errors?.Add((OdcsPath.Item(path, i), $"{Show(array[i])} appears more than once; items must be unique"));
                }
            }
        }

        return valid;
    }

    private static bool Reject(string memberPath, string name, JsonObject? declared, List<(string, string)>? errors)
    {
        var hint = declared is { Count: > 0 and <= 12 } ? " (allowed: " + string.Join(", ", declared.Select(p => p.Key)) + ")" : string.Empty;
        errors?.Add((memberPath, $"'{name}' is not an allowed member here{hint}"));
        return false;
    }
}
