using Governance.Model.OpenLineage;
using Governance.Web.Data.Entities;

namespace Governance.Web.Ingestion.Projection;

/// <summary>Flattens a (possibly nested) schema facet depth-first into stored fields with dotted paths.</summary>
internal static class SchemaFields
{
    public static List<DatasetField> Flatten(SchemaDatasetFacet? schema)
    {
        var result = new List<DatasetField>();
        if (schema?.Fields is { } fields)
        {
            Walk(fields, parentPath: null, depth: 0, result);
        }

        return result;
    }

    private static void Walk(IEnumerable<SchemaDatasetFacetField> fields, string? parentPath, int depth, List<DatasetField> result)
    {
        foreach (var field in fields)
        {
            var name = field.Name ?? string.Empty;
            var path = parentPath is null ? name : $"{parentPath}.{name}";
            result.Add(new DatasetField
            {
                Ordinal = result.Count,
                Path = path,
                Name = name,
                Type = field.Type,
                Description = field.Description,
                Depth = depth,
            });
            if (field.Fields is { Count: > 0 } children)
            {
                Walk(children, path, depth + 1, result);
            }
        }
    }
}
