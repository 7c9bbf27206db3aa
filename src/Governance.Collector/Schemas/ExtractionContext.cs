using Governance.Model.OpenLineage;

namespace Governance.Collector.Schemas;

/// <summary>
/// State shared by the three format extractors while they build one <see cref="ExtractedSchema"/>: tags and
/// Confluent field names collected by path, the nesting limit, and errors in the format's name.
/// </summary>
internal sealed class ExtractionContext(string schemaType)
{
    /// <summary>
    /// Deepest field nesting expanded. Recursive types are already cut at their first repetition; the limit
    /// only bounds absurdly deep (or generated) schemas so a facet stays a readable size.
    /// </summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// Most fields one schema may expand to. A type used twice is expanded twice, so a chain of records that
    /// each use the next one twice grows exponentially; past this size the schema is reported instead of
    /// exhausting the collector's memory.
    /// </summary>
    public const int MaxFields = 10_000;

    private readonly Dictionary<string, List<string>> _tags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _confluentNames = new(StringComparer.Ordinal);
    private int _fieldCount;

    /// <summary>The format: <c>AVRO</c>, <c>JSON</c> or <c>PROTOBUF</c>.</summary>
    public string SchemaType { get; } = schemaType;

    /// <summary>Counts a field about to be created, failing beyond <see cref="MaxFields"/>.</summary>
    public void CountField(string path)
    {
        if (++_fieldCount > MaxFields)
        {
            throw Error($"the schema expands to more than {MaxFields} fields (reached at '{path}'): shared types nest too often to list every field");
        }
    }

    /// <summary>Records tags of the field at <paramref name="path"/> (duplicates are dropped).</summary>
    public void AddTags(string path, IEnumerable<string> tags) => AddDistinct(_tags, path, tags);

    /// <summary>Records the name Confluent gives the field at <paramref name="path"/> when matching tag patterns.</summary>
    public void AddConfluentName(string path, string name) => AddDistinct(_confluentNames, path, [name]);

    /// <summary>An error in this format.</summary>
    public SchemaParseException Error(string message, Exception? innerException = null) => new(SchemaType, message, innerException);

    /// <summary>Numbers the fields and assembles the result.</summary>
    public ExtractedSchema Build(List<SchemaDatasetFacetField> fields, string? description, string? fullName)
    {
        FieldTrees.Number(fields);
        return new ExtractedSchema
        {
            Fields = fields,
            Description = string.IsNullOrWhiteSpace(description) ? null : description,
            FullName = string.IsNullOrEmpty(fullName) ? null : fullName,
            FieldTags = InTreeOrder(fields, _tags),
            ConfluentFieldNames = InTreeOrder(fields, _confluentNames),
        };
    }

    private static void AddDistinct(Dictionary<string, List<string>> target, string path, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (!target.TryGetValue(path, out var list))
            {
                target[path] = list = [];
            }

            if (!list.Contains(value, StringComparer.Ordinal))
            {
                list.Add(value);
            }
        }
    }

    /// <summary>
    /// The entries in tree order, so that the output does not depend on the order the extractor visited
    /// union members in. Every entry was recorded for a field that is in the tree.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<string>> InTreeOrder(List<SchemaDatasetFacetField> fields, Dictionary<string, List<string>> byPath)
    {
        var ordered = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (path, _) in FieldTrees.Walk(fields))
        {
            if (byPath.TryGetValue(path, out var values) && !ordered.ContainsKey(path))
            {
                ordered[path] = values;
            }
        }

        return ordered;
    }
}
