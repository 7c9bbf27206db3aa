using System.Text.Json;
using static Governance.Model.Contracts.Compatibility.Json.JsonDifferenceType;

namespace Governance.Model.Contracts.Compatibility.Json;

/// <summary>
/// allOf/anyOf/oneOf against each other: the criterion may only widen (to anyOf, or from a single subschema), and
/// the subschemas must pair up one-to-one compatibly, as many pairs as the smaller side has subschemas (a maximum
/// bipartite matching over the compatible pairs).
/// </summary>
internal static class JsonCombinedComparer
{
    public static void Compare(JsonDiffContext context, CombinedNode original, CombinedNode update, string path)
    {
        var criterion = CompareCriteria(original, update);
        if (criterion is { } change)
        {
            context.Add(change, path, original.Keyword, update.Keyword);
            if (change == COMBINED_TYPE_CHANGED)
            {
                return;
            }
        }

        var was = Distinct(original.Subschemas);
        var now = Distinct(update.Subschemas);
        var allOf = update.Criterion == Criterion.AllOf;
        if (was.Count != now.Count)
        {
            context.Add(was.Count < now.Count
                ? allOf ? PRODUCT_TYPE_EXTENDED : SUM_TYPE_EXTENDED
                : allOf ? PRODUCT_TYPE_NARROWED : SUM_TYPE_NARROWED, path, $"{was.Count}", $"{now.Count}");
        }

        var compatible = new JsonDiffContext?[was.Count, now.Count];
        for (var i = 0; i < was.Count; i++)
        {
            var at = JsonDiffContext.Child(path, $"{original.Keyword}/{i}");
            for (var j = 0; j < now.Count; j++)
            {
                compatible[i, j] = JsonSchemaComparer.IsCompatible(context, was[i], now[j], at, out var trial) ? trial : null;
            }
        }

        var matchOfUpdate = MaximumMatching(compatible, was.Count, now.Count);
        var matched = 0;
        for (var j = 0; j < now.Count; j++)
        {
            if (matchOfUpdate[j] is { } i)
            {
                context.AddRange(compatible[i, j]!);
                matched++;
            }
        }

        if (matched < Math.Min(was.Count, now.Count))
        {
            context.Add(COMBINED_TYPE_SUBSCHEMAS_CHANGED, path);
        }
    }

    private static JsonDifferenceType? CompareCriteria(CombinedNode original, CombinedNode update)
    {
        if (original.Criterion == update.Criterion)
        {
            return null;
        }

        var singleton = original.Subschemas.Count == 1;
        return update.Criterion switch
        {
            Criterion.AnyOf => COMBINED_TYPE_EXTENDED,
            Criterion.OneOf when singleton => COMBINED_TYPE_EXTENDED,
            Criterion.AllOf when singleton && update.Subschemas.Count == 1 => COMBINED_TYPE_EXTENDED,
            _ => COMBINED_TYPE_CHANGED,
        };
    }

    private static List<JsonSchemaNode> Distinct(IReadOnlyList<JsonSchemaNode> subschemas)
    {
        var distinct = new List<JsonSchemaNode>();
        foreach (var s in subschemas.Where(s => !distinct.Any(d => d.Variant == s.Variant && JsonElement.DeepEquals(d.Raw, s.Raw))))
        {
            distinct.Add(s);
        }

        return distinct;
    }

    /// <summary>Kuhn's augmenting paths: for each update subschema, the original subschema it is paired with.</summary>
    private static int?[] MaximumMatching(JsonDiffContext?[,] edges, int originals, int updates)
    {
        var matchOfUpdate = new int?[updates];
        for (var i = 0; i < originals; i++)
        {
            TryAugment(i, new bool[updates]);
        }

        return matchOfUpdate;

        bool TryAugment(int i, bool[] visited)
        {
            for (var j = 0; j < updates; j++)
            {
                if (edges[i, j] is null || visited[j])
                {
                    continue;
                }

                visited[j] = true;
                if (matchOfUpdate[j] is not { } other || TryAugment(other, visited))
                {
                    matchOfUpdate[j] = i;
                    return true;
                }
            }

            return false;
        }
    }
}
