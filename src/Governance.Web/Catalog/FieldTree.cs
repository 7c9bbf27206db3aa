using Governance.Web.Catalog.Dtos;
using Governance.Web.Data.Entities;

namespace Governance.Web.Catalog;

/// <summary>Rebuilds the nested field tree from the flattened, depth-first stored fields.</summary>
internal static class FieldTree
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoTags = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The tree, each field with the tags given for its dotted path (<c>customer.email</c>).</summary>
    public static IReadOnlyList<FieldDto> Build(IEnumerable<DatasetField> flattened, IReadOnlyDictionary<string, IReadOnlyList<string>>? tagsByPath = null)
    {
        var ordered = flattened.OrderBy(f => f.Ordinal).ToList();
        var index = 0;
        return Level(ordered, ref index, depth: 0, parentPath: null, tagsByPath ?? NoTags);
    }

    private static List<FieldDto> Level(
        List<DatasetField> fields, ref int index, int depth, string? parentPath, IReadOnlyDictionary<string, IReadOnlyList<string>> tagsByPath)
    {
        var result = new List<FieldDto>();
        while (index < fields.Count && fields[index].Depth == depth)
        {
            var field = fields[index++];
            var path = parentPath is null ? field.Name : $"{parentPath}.{field.Name}";
            var children = index < fields.Count && fields[index].Depth > depth
                ? Level(fields, ref index, depth + 1, path, tagsByPath)
                : null;
            result.Add(new FieldDto(field.Name, field.Type, field.Description, tagsByPath.GetValueOrDefault(path) ?? [], children));
        }

        return result;
    }
}
