using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;

namespace Governance.Model.OpenLineage.Validation;

/// <summary>The facet containers of an event; each accepts facets extending one core base definition.</summary>
internal enum FacetKind
{
    /// <summary><c>run.facets</c>, base <c>RunFacet</c>.</summary>
    Run,

    /// <summary><c>job.facets</c>, base <c>JobFacet</c>.</summary>
    Job,

    /// <summary><c>inputs[].facets</c>, <c>outputs[].facets</c>, <c>dataset.facets</c>, base <c>DatasetFacet</c>.</summary>
    Dataset,

    /// <summary><c>inputs[].inputFacets</c>, base <c>InputDatasetFacet</c>.</summary>
    InputDataset,

    /// <summary><c>outputs[].outputFacets</c>, base <c>OutputDatasetFacet</c>.</summary>
    OutputDataset,
}

/// <summary>A facet schema version as in <c>https://openlineage.io/spec/facets/1-0-3/...</c>.</summary>
internal readonly record struct SchemaVersion(int Major, int Minor, int Patch) : IComparable<SchemaVersion>
{
    public int CompareTo(SchemaVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor != other.Minor ? Minor.CompareTo(other.Minor) : Patch.CompareTo(other.Patch);

    public static bool operator <(SchemaVersion a, SchemaVersion b) => a.CompareTo(b) < 0;

    public static bool operator >(SchemaVersion a, SchemaVersion b) => a.CompareTo(b) > 0;

    public override string ToString() => $"{Major}-{Minor}-{Patch}";

    public static SchemaVersion Parse(Match m, int firstGroup) => new(
        int.Parse(m.Groups[firstGroup].ValueSpan, CultureInfo.InvariantCulture),
        int.Parse(m.Groups[firstGroup + 1].ValueSpan, CultureInfo.InvariantCulture),
        int.Parse(m.Groups[firstGroup + 2].ValueSpan, CultureInfo.InvariantCulture));
}

/// <summary>The spec schema for facet key <see cref="Key"/> in containers of kind <see cref="Kind"/>.</summary>
internal sealed record FacetSchema(
    string Key,
    FacetKind Kind,
    string FileName,
    string SchemaId,
    SchemaVersion Version,
    string DefinitionName,
    JsonSchema Schema,
    IReadOnlySet<string> DeclaredProperties);

/// <summary>A schema document to load: a display name (file name) and its JSON text.</summary>
internal sealed record SchemaSource(string Name, string Json);

/// <summary>
/// The compiled OpenLineage core schema and facet schemas (NJsonSchema objects, built once, read-only afterwards),
/// plus the facet index <c>(container kind, facet key) → facet $defs entry</c> built exactly like
/// <c>_facet_index()</c> in the reference harness.
/// </summary>
internal sealed partial class OpenLineageSchemaSet
{
    /// <summary>Manifest resource name of the core schema.</summary>
    public const string CoreResourceName = "OpenLineage.Schemas.OpenLineage.json";

    /// <summary>Manifest resource name prefix of the facet schemas (<c>%(RecursiveDir)</c> keeps the slash).</summary>
    public const string FacetResourcePrefix = "OpenLineage.Schemas.facets/";

    private static readonly (FacetKind Kind, string Base)[] KindBases =
    [
        (FacetKind.Run, "RunFacet"),
        (FacetKind.Job, "JobFacet"),
        (FacetKind.Dataset, "DatasetFacet"),
        (FacetKind.InputDataset, "InputDatasetFacet"),
        (FacetKind.OutputDataset, "OutputDatasetFacet"),
    ];

    private readonly Dictionary<(FacetKind Kind, string Key), FacetSchema> _facets;
    private readonly Dictionary<JsonSchema, string> _definitionNames;

    private OpenLineageSchemaSet(
        string coreId,
        IReadOnlyDictionary<string, JsonSchema> eventDefinitions,
        Dictionary<(FacetKind, string), FacetSchema> facets,
        Dictionary<JsonSchema, string> definitionNames,
        int documentCount)
    {
        CoreId = coreId;
        EventDefinitions = eventDefinitions;
        _facets = facets;
        _definitionNames = definitionNames;
        DocumentCount = documentCount;
    }

    /// <summary><c>$id</c> of the core schema, e.g. <c>https://openlineage.io/spec/2-0-2/OpenLineage.json</c>.</summary>
    public string CoreId { get; }

    /// <summary>The core definitions <c>RunEvent</c>, <c>DatasetEvent</c> and <c>JobEvent</c>.</summary>
    public IReadOnlyDictionary<string, JsonSchema> EventDefinitions { get; }

    /// <summary>Number of schema documents loaded (core + facet files).</summary>
    public int DocumentCount { get; }

    /// <summary>All indexed facet schemas.</summary>
    public IEnumerable<FacetSchema> Facets => _facets.Values;

    public bool TryGetFacet(FacetKind kind, string key, out FacetSchema facet) => _facets.TryGetValue((kind, key), out facet!);

    /// <summary>The spec facet with this key for another container kind (a misplaced facet), if any.</summary>
    public FacetSchema? FindFacetOfOtherKind(FacetKind kind, string key) =>
        KindBases.Select(k => k.Kind).Where(k => k != kind).Select(k => _facets.GetValueOrDefault((k, key))).FirstOrDefault(f => f is not null);

    /// <summary>Name of the definition (core or facet file <c>$defs</c> entry) that contains <paramref name="schema"/>.</summary>
    public string? GetDefinitionName(JsonSchema? schema) => schema is not null && _definitionNames.TryGetValue(schema, out var name) ? name : null;

    /// <summary>Loads the schemas embedded in Governance.Model.</summary>
    public static OpenLineageSchemaSet LoadEmbedded()
    {
        var assembly = typeof(OpenLineageSchemaSet).Assembly;
        var names = assembly.GetManifestResourceNames();
        if (!names.Contains(CoreResourceName, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"Embedded resource '{CoreResourceName}' is missing from {assembly.GetName().Name}.");
        }

        var facets = names
            .Where(n => n.StartsWith(FacetResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new SchemaSource(n[FacetResourcePrefix.Length..], ReadResource(assembly, n)))
            .ToList();
        return Load(new SchemaSource("OpenLineage.json", ReadResource(assembly, CoreResourceName)), facets);
    }

    /// <summary>Loads and compiles the given documents; facet documents may only reference the core and themselves.</summary>
    public static OpenLineageSchemaSet Load(SchemaSource core, IReadOnlyList<SchemaSource> facetFiles) =>
        Task.Run(() => LoadAsync(core, facetFiles)).GetAwaiter().GetResult();

    private static async Task<OpenLineageSchemaSet> LoadAsync(SchemaSource coreSource, IReadOnlyList<SchemaSource> facetSources)
    {
        var documents = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        var definitionNames = new Dictionary<JsonSchema, string>(ReferenceEqualityComparer.Instance);

        var coreNode = ParseDocument(coreSource);
        var coreId = GetId(coreSource, coreNode);
        var core = await CompileAsync(coreSource, coreNode, coreId, documents).ConfigureAwait(false);
        documents[coreId] = core;
        NameDefinitions(core, definitionNames);

        var eventDefinitions = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var name in new[] { "RunEvent", "DatasetEvent", "JobEvent" })
        {
            eventDefinitions[name] = core.Definitions.TryGetValue(name, out var def)
                ? def
                : throw new InvalidOperationException($"Core schema '{coreId}' has no definition '{name}'.");
        }

        var coreDefs = coreNode["$defs"] as JsonObject ?? [];
        var facets = new Dictionary<(FacetKind, string), FacetSchema>();
        foreach (var source in facetSources.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            var node = ParseDocument(source);
            var id = GetId(source, node);
            var match = FacetIdPattern().Match(id);
            var version = match.Success ? SchemaVersion.Parse(match, 1) : new SchemaVersion(0, 0, 0);
            var compiled = await CompileAsync(source, node, id, documents).ConfigureAwait(false);
            documents[id] = compiled;
            NameDefinitions(compiled, definitionNames);
            IndexFacets(source.Name, id, version, node, compiled, coreDefs, facets);
        }

        return new OpenLineageSchemaSet(coreId, eventDefinitions, facets, definitionNames, documents.Count);
    }

    private static async Task<JsonSchema> CompileAsync(SchemaSource source, JsonObject node, string id, Dictionary<string, JsonSchema> documents)
    {
        var text = SchemaPreprocessor.Rewrite(node).ToJsonString();
        var known = new Dictionary<string, JsonSchema>(documents, StringComparer.Ordinal);
        try
        {
            return await JsonSchema.FromJsonAsync(text, id, schema => new OfflineReferenceResolver(schema, known)).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"Cannot load OpenLineage schema '{source.Name}' ({id}): {ex.GetBaseException().Message}", ex);
        }
    }

    /// <summary>Harness <c>_facet_index()</c>: for each top-level property (the facet key) of a facet file, every
    /// <c>$defs</c> entry reachable from it whose <c>allOf</c> references a core facet base defines that key for the
    /// base's container kind; the first file (ordinal file-name order) wins.</summary>
    private static void IndexFacets(
        string fileName,
        string id,
        SchemaVersion version,
        JsonObject node,
        JsonSchema compiled,
        JsonObject coreDefs,
        Dictionary<(FacetKind, string), FacetSchema> index)
    {
        if (node["properties"] is not JsonObject properties || node["$defs"] is not JsonObject defs)
        {
            return;
        }

        foreach (var (key, propertySchema) in properties)
        {
            foreach (var (defName, def) in defs)
            {
                var bases = (def?["allOf"] as JsonArray ?? [])
                    .Select(x => (x as JsonObject)?["$ref"]?.GetValue<string>())
                    .OfType<string>()
                    .Select(r => r[(r.LastIndexOf('/') + 1)..])
                    .ToHashSet(StringComparer.Ordinal);
                foreach (var (kind, baseName) in KindBases)
                {
                    if (bases.Contains(baseName) && !index.ContainsKey((kind, key)) && IsReachable(defs, propertySchema, defName, []))
                    {
                        var declared = new HashSet<string>(StringComparer.Ordinal);
                        CollectDeclaredProperties(def, defs, coreDefs, declared, []);
                        index[(kind, key)] = new FacetSchema(key, kind, fileName, id, version, defName, compiled.Definitions[defName], declared);
                    }
                }
            }
        }
    }

    private static bool IsReachable(JsonObject defs, JsonNode? node, string target, HashSet<string> seen)
    {
        foreach (var name in LocalRefs(node))
        {
            if (name == target)
            {
                return true;
            }

            if (seen.Add(name) && defs[name] is { } def && IsReachable(defs, def, target, seen))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> LocalRefs(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "$ref" && value is JsonValue v && v.TryGetValue<string>(out var r) && r.StartsWith("#/$defs/", StringComparison.Ordinal))
                    {
                        yield return r["#/$defs/".Length..];
                    }

                    foreach (var nested in LocalRefs(value))
                    {
                        yield return nested;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var nested in LocalRefs(item))
                    {
                        yield return nested;
                    }
                }

                break;
        }
    }

    /// <summary>Property names a definition declares, through <c>allOf</c>/<c>anyOf</c>/<c>oneOf</c> and
    /// <c>$ref</c>s into the same file or the core (so <c>_producer</c>, <c>_schemaURL</c>, <c>_deleted</c> count).</summary>
    private static void CollectDeclaredProperties(JsonNode? node, JsonObject localDefs, JsonObject coreDefs, HashSet<string> declared, HashSet<JsonNode> seen)
    {
        if (node is not JsonObject schema || !seen.Add(schema))
        {
            return;
        }

        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, _) in properties)
            {
                declared.Add(name);
            }
        }

        if (schema["$ref"] is JsonValue v && v.TryGetValue<string>(out var reference))
        {
            var hash = reference.IndexOf("#/$defs/", StringComparison.Ordinal);
            if (hash >= 0)
            {
                var name = reference[(hash + "#/$defs/".Length)..];
                var defs = hash == 0 ? localDefs : coreDefs;
                CollectDeclaredProperties(defs[name], defs, coreDefs, declared, seen);
            }
        }

        foreach (var keyword in new[] { "allOf", "anyOf", "oneOf" })
        {
            foreach (var sub in schema[keyword] as JsonArray ?? [])
            {
                CollectDeclaredProperties(sub, localDefs, coreDefs, declared, seen);
            }
        }
    }

    /// <summary>Maps every schema object inside each definition (not following <c>$ref</c>s) to the definition name.</summary>
    private static void NameDefinitions(JsonSchema document, Dictionary<JsonSchema, string> names)
    {
        foreach (var (name, definition) in document.Definitions)
        {
            Visit(definition, name);
        }

        void Visit(JsonSchema? schema, string name)
        {
            if (schema is null || !names.TryAdd(schema, name))
            {
                return;
            }

            foreach (var child in schema.Properties.Values.Concat<JsonSchema>(schema.PatternProperties.Values)
                .Concat(schema.AllOf).Concat(schema.AnyOf).Concat(schema.OneOf).Concat(schema.Items))
            {
                Visit(child, name);
            }

            Visit(schema.Not, name);
            Visit(schema.Item, name);
            Visit(schema.AdditionalPropertiesSchema, name);
            Visit(schema.AdditionalItemsSchema, name);
        }
    }

    private static JsonObject ParseDocument(SchemaSource source) =>
        JsonNode.Parse(source.Json) as JsonObject ?? throw new InvalidOperationException($"Schema '{source.Name}' is not a JSON object.");

    private static string GetId(SchemaSource source, JsonObject node) =>
        node["$id"] is JsonValue v && v.TryGetValue<string>(out var id) && id.Length > 0
            ? id
            : throw new InvalidOperationException($"Schema '{source.Name}' has no $id.");

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"/facets/([0-9]+)-([0-9]+)-([0-9]+)/", RegexOptions.CultureInvariant)]
    private static partial Regex FacetIdPattern();
}
