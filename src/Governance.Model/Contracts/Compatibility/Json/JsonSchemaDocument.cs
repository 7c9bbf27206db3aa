using System.Text.Json;

namespace Governance.Model.Contracts.Compatibility.Json;

/// <summary>
/// One JSON Schema document: its root node, and the nodes that local <c>$ref</c>s (<c>#/definitions/...</c>,
/// <c>#/$defs/...</c> or any other pointer into the document) point at, built once per pointer. References to
/// other documents are kept as <see cref="ExternalRefNode"/>s: other subjects are not resolved.
/// </summary>
internal sealed class JsonSchemaDocument
{
    private readonly JsonElement _root;
    private readonly Dictionary<string, JsonSchemaNode> _nodes = new(StringComparer.Ordinal);
    private readonly Queue<string> _unbuiltTargets = new();

    private JsonSchemaDocument(JsonElement root)
    {
        _root = root;
        Root = NodeAt("#");

        // Build every reference target now, so a malformed definition is reported while reading, not while comparing.
        while (_unbuiltTargets.TryDequeue(out var pointer))
        {
            NodeAt(pointer);
        }
    }

    /// <summary>The document's root schema.</summary>
    public JsonSchemaNode Root { get; }

    /// <summary>Reads a schema text. Throws <see cref="SchemaFormatException"/> saying where and what is wrong.</summary>
    public static JsonSchemaDocument Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return new JsonSchemaDocument(document.RootElement.Clone());
        }
        catch (JsonException e)
        {
            throw new SchemaFormatException($"the text is not valid JSON ({e.Message})");
        }
    }

    /// <summary>The node at a pointer already checked to exist (see <see cref="MakeRef"/>).</summary>
    public JsonSchemaNode NodeAt(string pointer)
    {
        if (!_nodes.TryGetValue(pointer, out var node))
        {
            node = JsonSchemaNodeBuilder.Build(this, Find(pointer)!.Value, pointer);
            _nodes[pointer] = node;
        }

        return node;
    }

    /// <summary>The node for a <c>$ref</c> at <paramref name="at"/>; local pointers must exist and must not only refer to each other.</summary>
    public JsonSchemaNode MakeRef(string reference, string at)
    {
        if (!reference.StartsWith('#'))
        {
            return new ExternalRefNode(reference);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pointer = reference;
        while (true)
        {
            if (pointer.Length > 1 && pointer[1] != '/')
            {
                throw JsonSchemaNodeBuilder.Error(at, $"$ref '{pointer}' uses an anchor, which is not supported; use a JSON pointer such as #/$defs/name");
            }

            var target = Find(pointer) ?? throw JsonSchemaNodeBuilder.Error(at, $"$ref '{pointer}' points at nothing in this document");
            if (!seen.Add(pointer))
            {
                throw JsonSchemaNodeBuilder.Error(at, $"$ref '{reference}' only leads to other references and never to a schema");
            }

            if (target.ValueKind != JsonValueKind.Object || !target.TryGetProperty("$ref", out var next)
                || next.ValueKind != JsonValueKind.String || !next.GetString()!.StartsWith('#'))
            {
                _unbuiltTargets.Enqueue(pointer);
                return new LocalRefNode(this, pointer);
            }

            pointer = next.GetString()!;
        }
    }

    private JsonElement? Find(string pointer)
    {
        var current = _root;
        foreach (var encoded in pointer.TrimStart('#').Split('/').Skip(1))
        {
            var token = Uri.UnescapeDataString(encoded).Replace("~1", "/").Replace("~0", "~");
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(token, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(token, out var i) && i >= 0 && i < current.GetArrayLength())
            {
                current = current[i];
            }
            else
            {
                return null;
            }
        }

        return current;
    }
}
