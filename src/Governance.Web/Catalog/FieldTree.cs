using Governance.Web.Catalog.Dtos;
using Governance.Web.Data.Entities;

namespace Governance.Web.Catalog;

/// <summary>Rebuilds the nested field tree from the flattened, depth-first stored fields.</summary>
internal static class FieldTree
{
    public static IReadOnlyList<FieldDto> Build(IEnumerable<DatasetField> flattened)
    {
        var ordered = flattened.OrderBy(f => f.Ordinal).ToList();
        var index = 0;
        return Level(ordered, ref index, depth: 0);
    }

    private static List<FieldDto> Level(List<DatasetField> fields, ref int index, int depth)
    {
        var result = new List<FieldDto>();
        while (index < fields.Count && fields[index].Depth == depth)
        {
            var field = fields[index++];
            var children = index < fields.Count && fields[index].Depth > depth
                ? Level(fields, ref index, depth + 1)
                : null;
            result.Add(new FieldDto(field.Name, field.Type, field.Description, [], children));
        }

        return result;
    }
}
