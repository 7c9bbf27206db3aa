using Governance.Model.OpenLineage;

namespace Governance.Collector.Schemas;

/// <summary>
/// The governance-relevant content of one Schema Registry schema: its field tree (the OpenLineage
/// <c>schema</c> facet's fields), the record's documentation and full name, and classification tags per field.
/// Produced by <see cref="SchemaFieldExtractor.Extract"/>; <see cref="ConfluentMetadataTags.Apply"/> adds the
/// tags of the data contract's metadata.
/// </summary>
/// <remarks>
/// Type strings follow one convention for all three formats (see <see cref="SchemaFieldExtractor"/>). Every
/// field carries its 1-based <see cref="SchemaDatasetFacetField.OrdinalPosition"/> within its parent. The fields
/// are the model's mutable facet records so that they can go into a <see cref="SchemaDatasetFacet"/> as they are;
/// treat them as read-only (each extraction creates new instances, nothing is cached or shared).
/// </remarks>
public sealed record ExtractedSchema
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> EmptyTags =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>Top-level fields in schema order; nested records, messages and objects nest via <see cref="SchemaDatasetFacetField.Fields"/>.</summary>
    public IReadOnlyList<SchemaDatasetFacetField> Fields { get; init; } = [];

    /// <summary>Documentation of the record: Avro record <c>doc</c>, JSON Schema <c>description</c>, leading comment of the Protobuf message.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// Name of the record: Avro <c>namespace.name</c>, JSON Schema <c>title</c>, Protobuf <c>package.Message</c>;
    /// <see langword="null"/> when the schema has none (e.g. a primitive key schema, an untitled JSON Schema).
    /// </summary>
    public string? FullName { get; init; }

    /// <summary>
    /// Classification tags (e.g. <c>PII</c>) by dotted field path relative to the record, e.g.
    /// <c>customer.email</c> or <c>items.sku</c> (array items and map values add no path segment). Only fields
    /// with at least one tag are listed; tags are distinct, in order of first appearance.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldTags { get; init; } = EmptyTags;

    /// <summary>
    /// The names Confluent itself gives each field path when it matches data-contract tag patterns (Avro and
    /// Protobuf: <c>enclosing.record.FullName.field</c>; JSON Schema: <c>$.path</c>). More than one when
    /// union branches that share a field name were merged. Filled by the extractors, used by
    /// <see cref="ConfluentMetadataTags"/>.
    /// </summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<string>> ConfluentFieldNames { get; init; } = EmptyTags;
}
