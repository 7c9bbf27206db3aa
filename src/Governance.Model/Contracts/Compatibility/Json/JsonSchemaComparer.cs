using System.Text.Json;
using static Governance.Model.Contracts.Compatibility.Json.JsonDifferenceType;

namespace Governance.Model.Contracts.Compatibility.Json;

/// <summary>
/// Confluent's JSON Schema comparison: walks an original schema (what the data was written against) and its update
/// (what readers validate against) together and records every <see cref="JsonDifferenceType"/>. The update can read
/// the original's data when every difference is compatible.
/// </summary>
internal static class JsonSchemaComparer
{
    /// <summary>All differences from <paramref name="original"/> to <paramref name="update"/>.</summary>
    public static IReadOnlyList<JsonDifference> Compare(JsonSchemaNode original, JsonSchemaNode update)
    {
        var context = new JsonDiffContext();
        Compare(context, original, update, "#/");
        return context.Differences;
    }

    /// <summary>Compares two (possibly absent) schemas at <paramref name="path"/>.</summary>
    public static void Compare(JsonDiffContext context, JsonSchemaNode? original, JsonSchemaNode? update, string path)
    {
        if (original is null || update is null)
        {
            if (original is not null || update is not null)
            {
                context.Add(original is null ? SCHEMA_ADDED : SCHEMA_REMOVED, path);
            }

            return;
        }

        original = Resolve(original);
        update = Resolve(update);
        if (TryCompareAcrossUnion(context, original, update, path))
        {
            return;
        }

        if (original.Class != update.Class)
        {
            // Nothing was valid under false, and everything is valid under an empty schema.
            if (original.Class != JsonNodeClass.False && update.Class != JsonNodeClass.Empty)
            {
                context.Add(TYPE_CHANGED, path, original.Describe(), update.Describe());
            }

            return;
        }

        if (!context.Enter(original, update))
        {
            return;
        }

        try
        {
            CompareSameClass(context, original, update, path);
            CompareEnum(context, original.Enum, update.Enum, JsonDiffContext.Child(path, update.EnumKeyword));
        }
        finally
        {
            context.Leave(original, update);
        }
    }

    /// <summary>Whether data valid under <paramref name="original"/> stays valid under <paramref name="update"/>.</summary>
    public static bool IsCompatible(JsonDiffContext parent, JsonSchemaNode original, JsonSchemaNode update, string path, out JsonDiffContext trial)
    {
        trial = parent.Sub();
        Compare(trial, original, update, path);
        return trial.IsCompatible;
    }

    private static JsonSchemaNode Resolve(JsonSchemaNode node) => node is LocalRefNode reference ? reference.Target : node;

    /// <summary>A plain schema against a union: the update may widen it to a union that has a compatible branch.</summary>
    private static bool TryCompareAcrossUnion(JsonDiffContext context, JsonSchemaNode original, JsonSchemaNode update, string path)
    {
        if (original is not CombinedNode && update is CombinedNode union)
        {
            if (union.Subschemas.Count == 1)
            {
                return KeepIfCompatible(context, original, union.Subschemas[0], path);
            }

            if (union.Criterion is not Criterion.AllOf)
            {
                foreach (var branch in union.Subschemas)
                {
                    if (KeepIfCompatible(context, original, branch, path))
                    {
                        context.Add(SUM_TYPE_EXTENDED, path);
                        return true;
                    }
                }
            }
        }
        else if (original is CombinedNode { Subschemas.Count: 1 } single && update is not CombinedNode)
        {
            return KeepIfCompatible(context, single.Subschemas[0], update, path);
        }

        return false;
    }

    private static bool KeepIfCompatible(JsonDiffContext context, JsonSchemaNode original, JsonSchemaNode update, string path)
    {
        if (!IsCompatible(context, original, update, path, out var trial))
        {
            return false;
        }

        context.AddRange(trial);
        return true;
    }

    private static void CompareSameClass(JsonDiffContext context, JsonSchemaNode original, JsonSchemaNode update, string path)
    {
        switch (original)
        {
            case StringNode s:
                JsonScalarComparer.CompareString(context, s, (StringNode)update, path);
                break;
            case NumberNode n:
                JsonScalarComparer.CompareNumber(context, n, (NumberNode)update, path);
                break;
            case ObjectNode o:
                JsonObjectComparer.Compare(context, o, (ObjectNode)update, path);
                break;
            case ArrayNode a:
                JsonArrayComparer.Compare(context, a, (ArrayNode)update, path);
                break;
            case EnumNode e:
                CompareEnum(context, e.Values, ((EnumNode)update).Values, JsonDiffContext.Child(path, update.EnumKeyword));
                break;
            case CombinedNode c:
                JsonCombinedComparer.Compare(context, c, (CombinedNode)update, path);
                break;
            case NotNode n:
                CompareNot(context, n, (NotNode)update, path);
                break;
            case ExternalRefNode r when r.Reference != ((ExternalRefNode)update).Reference:
                context.Add(TYPE_CHANGED, path, r.Describe(), update.Describe());
                break;
        }
    }

    /// <summary>Allowed values: an enum added where there was none narrows the values like removing symbols does.</summary>
    private static void CompareEnum(JsonDiffContext context, IReadOnlyList<JsonElement>? original, IReadOnlyList<JsonElement>? update, string path)
    {
        if (update is null)
        {
            return;
        }

        if (original is null)
        {
            context.Add(ENUM_ARRAY_NARROWED, path, null, Values(update));
            return;
        }

        var removed = original.Where(o => !update.Any(u => JsonElement.DeepEquals(o, u))).ToList();
        var added = update.Where(u => !original.Any(o => JsonElement.DeepEquals(o, u))).ToList();
        if (removed.Count > 0)
        {
            context.Add(added.Count > 0 ? ENUM_ARRAY_CHANGED : ENUM_ARRAY_NARROWED, path, Values(removed), Values(added));
        }
        else if (added.Count > 0)
        {
            context.Add(ENUM_ARRAY_EXTENDED, path, null, Values(added));
        }
    }

    /// <summary>A wider <c>not</c> rejects more: the update's negated schema must accept no more than the original's.</summary>
    private static void CompareNot(JsonDiffContext context, NotNode original, NotNode update, string path)
    {
        if (JsonElement.DeepEquals(original.Negated.Raw, update.Negated.Raw))
        {
            return;
        }

        var narrowed = IsCompatible(context, update.Negated, original.Negated, JsonDiffContext.Child(path, "not"), out _);
        context.Add(narrowed ? NOT_TYPE_NARROWED : NOT_TYPE_EXTENDED, JsonDiffContext.Child(path, "not"),
            original.Negated.Describe(), update.Negated.Describe());
    }

    private static string Values(IEnumerable<JsonElement> values) => "[" + string.Join(", ", values.Select(v => v.GetRawText())) + "]";
}
