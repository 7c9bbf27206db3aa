using Governance.Model.OpenLineage;

namespace Governance.Collector.Schemas;

/// <summary>Builds the OpenLineage dataset facets of an <see cref="ExtractedSchema"/>.</summary>
public static class SchemaFacets
{
    /// <summary><c>_schemaURL</c> of the <c>schema</c> facet: the version of the embedded <c>SchemaDatasetFacet.json</c>.</summary>
    public const string SchemaFacetSchemaUrl = "https://openlineage.io/spec/facets/1-2-0/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet";

    /// <summary><c>_schemaURL</c> of the <c>tags</c> facet: the version of the embedded <c>TagsDatasetFacet.json</c>.</summary>
    public const string TagsFacetSchemaUrl = "https://openlineage.io/spec/facets/1-0-0/TagsDatasetFacet.json#/$defs/TagsDatasetFacet";

    /// <summary>The <c>source</c> of tags read from the Schema Registry.</summary>
    public const string TagSource = "SCHEMA_REGISTRY";

    /// <summary>The <c>schema</c> facet: a copy of the fields (changing it leaves <paramref name="schema"/> as is).</summary>
    /// <param name="schema">The extracted schema.</param>
    /// <param name="producer">The facet's <c>_producer</c> URI.</param>
    public static SchemaDatasetFacet ToSchemaFacet(ExtractedSchema schema, string producer)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return new SchemaDatasetFacet
        {
            Producer = producer,
            SchemaUrl = SchemaFacetSchemaUrl,
            Fields = FieldTrees.Copy(schema.Fields),
        };
    }

    /// <summary>
    /// The <c>tags</c> facet with one tag per field and classification (<c>key</c> = the tag, e.g. <c>PII</c>,
    /// <c>value</c> = <c>true</c>, <c>field</c> = the dotted field path, <c>source</c> = <see cref="TagSource"/>),
    /// or <see langword="null"/> when no field is tagged.
    /// </summary>
    /// <param name="schema">The extracted schema (after <see cref="ConfluentMetadataTags.Apply"/>).</param>
    /// <param name="producer">The facet's <c>_producer</c> URI.</param>
    public static TagsDatasetFacet? ToTagsFacet(ExtractedSchema schema, string producer)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (schema.FieldTags.Count == 0)
        {
            return null;
        }

        return new TagsDatasetFacet
        {
            Producer = producer,
            SchemaUrl = TagsFacetSchemaUrl,
            Tags = schema.FieldTags
                .SelectMany(entry => entry.Value.Select(tag => new DatasetTag { Key = tag, Value = "true", Source = TagSource, Field = entry.Key }))
                .ToList(),
        };
    }
}
