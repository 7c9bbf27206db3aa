using System.Text.Json;

namespace Governance.Collector.Schemas;

/// <summary>
/// Adds the field tags of a Confluent data contract's metadata
/// (<c>"metadata": {"tags": {"Order.customer.email": ["PII"], "**.phone": ["PII"]}}</c>) to an
/// <see cref="ExtractedSchema"/>.
/// </summary>
/// <remarks>
/// <para>A tag path (wildcards as <see cref="TagPattern"/> describes: <c>*</c> within a segment, <c>**</c>
/// across segments) tags every field for which it matches one of these names:</para>
/// <list type="bullet">
/// <item>the record's full name or simple name followed by the field path, e.g.
/// <c>com.retail.Order.customer.email</c> and <c>Order.customer.email</c>;</item>
/// <item>the name Confluent's own rule executors match, which for a nested field starts at its
/// <i>enclosing</i> record: Avro <c>com.retail.Customer.email</c>, Protobuf
/// <c>com.retail.pos.PosTransaction.Customer.email</c>, JSON Schema <c>$.customer.email</c>. This keeps
/// contracts written for Confluent's field-level encryption and masking working here.</item>
/// </list>
/// <para>Paths go through array items and map values without a segment (<c>Order.items.sku</c>). Confluent's
/// JSON Schema names of array elements carry an index at run time (<c>$.items[0].sku</c>), which a schema cannot
/// know; here they are <c>$.items.sku</c>, and <c>**</c> patterns match either way. A path that matches no field
/// tags nothing (a contract may be shared by several schemas).</para>
/// </remarks>
public static class ConfluentMetadataTags
{
    /// <summary>Merges the metadata's field tags into <see cref="ExtractedSchema.FieldTags"/>.</summary>
    /// <param name="schema">The extracted schema.</param>
    /// <param name="metadata">The schema version's <c>metadata</c> object, or <see langword="null"/> (or JSON
    /// <c>null</c>) when it has none.</param>
    /// <returns>A copy with the merged tags (inline tags first, then metadata tags in metadata order; no
    /// duplicates), or <paramref name="schema"/> itself when the metadata has no tags.</returns>
    /// <exception cref="SchemaParseException">The metadata or its <c>tags</c> is not shaped as Confluent defines
    /// (an object of string arrays).</exception>
    public static ExtractedSchema Apply(ExtractedSchema schema, JsonElement? metadata)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var patterns = ReadPatterns(metadata);
        if (patterns.Count == 0)
        {
            return schema;
        }

        var merged = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (path, _) in FieldTrees.Walk(schema.Fields))
        {
            var tags = new List<string>(schema.FieldTags.GetValueOrDefault(path) ?? []);
            var names = NamesOf(schema, path);
            foreach (var (pattern, patternTags) in patterns)
            {
                if (!names.Any(pattern.Matches))
                {
                    continue;
                }

                foreach (var tag in patternTags.Where(t => !tags.Contains(t, StringComparer.Ordinal)).ToList())
                {
                    tags.Add(tag);
                }
            }

            if (tags.Count > 0)
            {
                merged[path] = tags;
            }
        }

        return schema with { FieldTags = merged };
    }

    /// <summary>The names a field is matched by (see the class remarks).</summary>
    private static List<string> NamesOf(ExtractedSchema schema, string path)
    {
        var names = new List<string>();
        if (schema.FullName is { } fullName)
        {
            names.Add($"{fullName}.{path}");
            var dot = fullName.LastIndexOf('.');
            if (dot >= 0)
            {
                names.Add($"{fullName[(dot + 1)..]}.{path}");
            }
        }

        names.AddRange(schema.ConfluentFieldNames.GetValueOrDefault(path) ?? []);
        return names;
    }

    private static List<(TagPattern Pattern, List<string> Tags)> ReadPatterns(JsonElement? metadata)
    {
        if (metadata is not { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } value)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new SchemaParseException("METADATA", $"the data-contract metadata must be an object but is {value.ValueKind.ToString().ToLowerInvariant()}");
        }

        if (!value.TryGetProperty("tags", out var tags) || tags.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (tags.ValueKind != JsonValueKind.Object)
        {
            throw new SchemaParseException("METADATA", $"'tags' must map field paths to arrays of tags but is {SchemaText.Abbreviate(tags.GetRawText())}");
        }

        var patterns = new List<(TagPattern, List<string>)>();
        foreach (var entry in tags.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.Array || entry.Value.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String))
            {
                throw new SchemaParseException("METADATA", $"the tags of '{entry.Name}' must be an array of strings but are {SchemaText.Abbreviate(entry.Value.GetRawText())}");
            }

            var names = entry.Value.EnumerateArray().Select(t => t.GetString()!).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (entry.Name.Length > 0 && names.Count > 0)
            {
                patterns.Add((new TagPattern(entry.Name), names));
            }
        }

        return patterns;
    }
}
