using Governance.Model.OpenLineage;

namespace Governance.Collector.Schemas;

/// <summary>Operations on trees of <see cref="SchemaDatasetFacetField"/>.</summary>
internal static class FieldTrees
{
    /// <summary>The dotted path of a child field.</summary>
    public static string Child(string parentPath, string name) => parentPath.Length == 0 ? name : parentPath + "." + name;

    /// <summary>Every field with its dotted path, parents before children, in schema order.</summary>
    public static IEnumerable<(string Path, SchemaDatasetFacetField Field)> Walk(IEnumerable<SchemaDatasetFacetField> fields, string parentPath = "")
    {
        foreach (var field in fields)
        {
            var path = Child(parentPath, field.Name ?? "");
            yield return (path, field);
            foreach (var nested in Walk(field.Fields, path))
            {
                yield return nested;
            }
        }
    }

    /// <summary>
    /// Adds <paramref name="more"/> to <paramref name="target"/> by name: a new name is appended, a known name
    /// keeps its type and gains the other's description (if it had none) and nested fields.
    /// </summary>
    public static void Merge(List<SchemaDatasetFacetField> target, IEnumerable<SchemaDatasetFacetField> more)
    {
        foreach (var field in more)
        {
            var existing = target.Find(f => string.Equals(f.Name, field.Name, StringComparison.Ordinal));
            if (existing is null)
            {
                target.Add(field);
                continue;
            }

            existing.Description ??= field.Description;
            Merge(existing.Fields, field.Fields);
        }
    }

    /// <summary>Sets every field's 1-based ordinal position within its parent.</summary>
    public static void Number(List<SchemaDatasetFacetField> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            fields[i].OrdinalPosition = i + 1;
            Number(fields[i].Fields);
        }
    }
}
