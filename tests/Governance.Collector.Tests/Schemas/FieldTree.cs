using Governance.Collector.Schemas;
using Governance.Model.OpenLineage;

namespace Governance.Collector.Tests.Schemas;

/// <summary>Renders field trees as indented text so tests can state a whole tree at once.</summary>
internal static class FieldTree
{
    /// <summary>
    /// One line per field, <c>name: type</c> plus <c> // description</c>, children indented by two spaces.
    /// Also asserts that every field's ordinal position is its 1-based index within its parent.
    /// </summary>
    public static string Render(IEnumerable<SchemaDatasetFacetField> fields)
    {
        var lines = new List<string>();
        Render(fields.ToList(), "", lines);
        return string.Join("\n", lines);
    }

    /// <summary>The field tags as sorted <c>path: tag, tag</c> lines.</summary>
    public static string RenderTags(ExtractedSchema schema) =>
        string.Join("\n", schema.FieldTags.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}: {string.Join(", ", e.Value)}"));

    private static void Render(List<SchemaDatasetFacetField> fields, string indent, List<string> lines)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            Assert.True(field.OrdinalPosition == i + 1, $"{field.Name}: ordinal position {field.OrdinalPosition}, expected {i + 1}");
            lines.Add($"{indent}{field.Name}: {field.Type}{(field.Description is null ? "" : " // " + field.Description)}");
            Render(field.Fields, indent + "  ", lines);
        }
    }
}
