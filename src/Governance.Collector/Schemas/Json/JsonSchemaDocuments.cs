using System.Text.Json;

namespace Governance.Collector.Schemas.Json;

/// <summary>One JSON Schema document: the subject's schema or a referenced one.</summary>
/// <param name="Name">The reference name (empty for the subject's own schema).</param>
/// <param name="Root">The document root.</param>
/// <param name="Id">The document's <c>$id</c>, if any (relative <c>$ref</c>s resolve against it).</param>
internal sealed record JsonSchemaDocument(string Name, JsonElement Root, string? Id);

/// <summary>A resolved <c>$ref</c>.</summary>
/// <param name="Target">The schema the reference points to.</param>
/// <param name="Document">The document holding it (the base for references inside it).</param>
/// <param name="Key">A document-independent identity of the target, for cycle detection.</param>
/// <param name="TypeName">The name of the target for display: its <c>title</c> or the last pointer segment.</param>
internal readonly record struct JsonSchemaTarget(JsonElement Target, JsonSchemaDocument Document, string Key, string TypeName);

/// <summary>
/// The documents of one JSON Schema and its references, and <c>$ref</c> resolution between them: local JSON
/// pointers (<c>#/$defs/Card</c>, <c>#/definitions/Card</c>), anchors (<c>#card</c>) and other documents by
/// reference name (<c>address.json</c>, <c>address.json#/$defs/Address</c>).
/// </summary>
/// <remarks>
/// Confluent names a JSON Schema reference after the <c>$ref</c> text, so the URL part of a <c>$ref</c> is
/// asked from the resolver as written; when that fails and the referring document has an absolute <c>$id</c>,
/// the URL resolved against it is tried too. Nothing is ever fetched from the network.
/// </remarks>
internal sealed class JsonSchemaDocuments
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 256 };

    private readonly ExtractionContext _context;
    private readonly ISchemaReferenceResolver? _references;
    private readonly Dictionary<string, JsonSchemaDocument> _byName = new(StringComparer.Ordinal);

    public JsonSchemaDocuments(ExtractionContext context, ISchemaReferenceResolver? references, string schema)
    {
        _context = context;
        _references = references;
        Main = Parse(schema, "");
    }

    /// <summary>The subject's own schema.</summary>
    public JsonSchemaDocument Main { get; }

    /// <summary>Resolves a <c>$ref</c> found in <paramref name="from"/>.</summary>
    /// <param name="reference">The <c>$ref</c> value.</param>
    /// <param name="from">The document containing the <c>$ref</c>.</param>
    /// <param name="where">Where the <c>$ref</c> is, for messages.</param>
    public JsonSchemaTarget Resolve(string reference, JsonSchemaDocument from, string where)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var url = hash < 0 ? reference : reference[..hash];
        var fragment = hash < 0 ? "" : reference[(hash + 1)..];
        var document = url.Length == 0 || url == from.Id ? from : Load(url, from, reference, where);

        JsonElement target;
        string typeName;
        if (fragment.Length == 0)
        {
            target = document.Root;
            typeName = url;
        }
        else if (fragment.StartsWith('/'))
        {
            target = Navigate(document, fragment, reference, where);
            typeName = Unescape(fragment[(fragment.LastIndexOf('/') + 1)..]);
        }
        else
        {
            target = FindAnchor(document.Root, fragment)
                ?? throw _context.Error($"$ref '{reference}' at {where}: no \"$anchor\": \"{fragment}\" in {Describe(document)}");
            typeName = fragment;
        }

        if (target.ValueKind == JsonValueKind.Object && target.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
        {
            typeName = title.GetString()!;
        }

        return new JsonSchemaTarget(target, document, $"{document.Name}#{fragment}", typeName);
    }

    private JsonSchemaDocument Load(string url, JsonSchemaDocument from, string reference, string where)
    {
        if (url == Main.Id)
        {
            return Main;
        }

        List<string> names = [url];
        if (from.Id is not null && Uri.TryCreate(from.Id, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, url, out var absolute)
            && absolute.ToString() != url)
        {
            names.Add(absolute.ToString());
        }

        foreach (var name in names)
        {
            if (_byName.TryGetValue(name, out var known))
            {
                return known;
            }

            if (_references?.Resolve(name) is { } text)
            {
                var document = Parse(text, name);
                _byName[url] = _byName[name] = document;
                return document;
            }
        }

        throw _context.Error($"$ref '{reference}' at {where}: '{string.Join("' or '", names)}' is not resolved by a schema reference");
    }

    private JsonSchemaDocument Parse(string text, string name)
    {
        JsonElement root;
        try
        {
            using var parsed = JsonDocument.Parse(text, DocumentOptions);
            root = parsed.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw _context.Error($"{(name.Length == 0 ? "the schema" : $"reference '{name}'")} is not valid JSON: {ex.Message}", ex);
        }

        if (root.ValueKind is not (JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False))
        {
            throw _context.Error($"{(name.Length == 0 ? "the schema" : $"reference '{name}'")} must be a JSON object (or a boolean) but is {root.ValueKind.ToString().ToLowerInvariant()}");
        }

        var id = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("$id", out var idElement) && idElement.ValueKind == JsonValueKind.String
            ? idElement.GetString()
            : null;
        return new JsonSchemaDocument(name, root, id);
    }

    private JsonElement Navigate(JsonSchemaDocument document, string pointer, string reference, string where)
    {
        var current = document.Root;
        foreach (var rawSegment in pointer[1..].Split('/'))
        {
            var segment = Unescape(rawSegment);
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var index) && index >= 0 && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                throw _context.Error($"$ref '{reference}' at {where} points to nothing: '{segment}' is not in {Describe(document)}");
            }
        }

        return current;
    }

    /// <summary>A JSON pointer segment: URI-unescaped (fragments may be percent-encoded), then <c>~1</c> → <c>/</c>, <c>~0</c> → <c>~</c>.</summary>
    private static string Unescape(string segment) => Uri.UnescapeDataString(segment).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    private static JsonElement? FindAnchor(JsonElement node, string anchor)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                if (node.TryGetProperty("$anchor", out var value) && value.ValueKind == JsonValueKind.String && value.GetString() == anchor)
                {
                    return node;
                }

                foreach (var property in node.EnumerateObject())
                {
                    if (FindAnchor(property.Value, anchor) is { } found)
                    {
                        return found;
                    }
                }

                return null;

            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                {
                    if (FindAnchor(item, anchor) is { } found)
                    {
                        return found;
                    }
                }

                return null;

            default:
                return null;
        }
    }

    private static string Describe(JsonSchemaDocument document) => document.Name.Length == 0 ? "the schema" : $"reference '{document.Name}'";
}
