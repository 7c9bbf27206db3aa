using Governance.Model.OpenLineage;

namespace Governance.Collector.Schemas;

/// <summary>
/// What an extractor learned about one type: its type string and, for records, messages and objects (also as
/// array items, map values or union members), the nested fields.
/// </summary>
/// <param name="Type">The type string (see <see cref="SchemaFieldExtractor"/> for the convention).</param>
/// <param name="Fields">Nested fields, or <see langword="null"/> for a type without structure.</param>
internal readonly record struct TypeShape(string Type, List<SchemaDatasetFacetField>? Fields = null)
{
    /// <summary><c>array&lt;item&gt;</c>; the item's fields become the array's fields (arrays add no path segment).</summary>
    public static TypeShape Array(TypeShape item) => new($"array<{item.Type}>", item.Fields);

    /// <summary><c>map&lt;key,value&gt;</c>; the value's fields become the map's fields (map values add no path segment).</summary>
    public static TypeShape Map(string keyType, TypeShape value) => new($"map<{keyType},{value.Type}>", value.Fields);

    /// <summary>
    /// The shape of a union whose <c>null</c> members were already removed: the member itself when there is one,
    /// else <c>union&lt;a,b&gt;</c> with the fields of all structured members merged by name.
    /// </summary>
    /// <remarks>
    /// Merging keeps one field path per name, the path a reader of any branch uses (JSON Schema and Protobuf
    /// address <c>payment.token</c> whichever branch is present), so tags on either branch land on one path.
    /// Nullability is not represented: the OpenLineage facet has no place for it.
    /// </remarks>
    public static TypeShape Union(IReadOnlyList<TypeShape> members)
    {
        if (members.Count == 0)
        {
            return new TypeShape("null");
        }

        if (members.Count == 1)
        {
            return members[0];
        }

        List<SchemaDatasetFacetField>? fields = null;
        foreach (var member in members.Where(m => m.Fields is not null))
        {
            fields ??= [];
            FieldTrees.Merge(fields, member.Fields!);
        }

        var types = members.Select(m => m.Type).Distinct(StringComparer.Ordinal).ToList();
        return types.Count == 1 ? new TypeShape(types[0], fields) : new TypeShape($"union<{string.Join(",", types)}>", fields);
    }

    /// <summary>Creates the facet field of this shape.</summary>
    public SchemaDatasetFacetField ToField(string name, string? description) => new()
    {
        Name = name,
        Type = Type,
        Description = string.IsNullOrWhiteSpace(description) ? null : description,
        Fields = Fields ?? [],
    };
}
