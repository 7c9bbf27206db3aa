using Governance.Web.Catalog.Dtos;

namespace Governance.Web.Components.Shared;

/// <summary>One line of the fields table: a schema field with its nesting depth and dotted path.</summary>
public sealed record FieldRow(string Path, string Name, int Depth, string? Type, string? Description, IReadOnlyList<string> Tags)
{
    /// <summary>Depth-first, so each nested field follows its parent.</summary>
    public static IReadOnlyList<FieldRow> Flatten(IReadOnlyList<FieldDto> fields)
    {
        var rows = new List<FieldRow>();
        Add(rows, fields, parentPath: null, depth: 0);
        return rows;
    }

    private static void Add(List<FieldRow> rows, IReadOnlyList<FieldDto> fields, string? parentPath, int depth)
    {
        foreach (var field in fields)
        {
            var path = parentPath is null ? field.Name : $"{parentPath}.{field.Name}";
            rows.Add(new FieldRow(path, field.Name, depth, field.Type, field.Description, field.Tags));
            if (field.Fields is { Count: > 0 } children)
            {
                Add(rows, children, path, depth + 1);
            }
        }
    }
}
