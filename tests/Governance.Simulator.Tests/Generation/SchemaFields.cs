using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Tests.Generation;

/// <summary>
/// Every dotted field path (<c>Order.customer.email</c>) a registered schema has, read from the schema text
/// itself (AVRO with referenced named types, JSON Schema objects, Protobuf messages), to check data-contract tags.
/// </summary>
internal static partial class SchemaFields
{
    public static HashSet<string> Paths(SchemaRegistryScenario registry, SchemaVersionScenario version)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        switch (version.SchemaType)
        {
            case "AVRO":
                var named = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
                foreach (var reference in version.References)
                {
                    var target = registry.Subject(reference.Subject)!.Versions.Single(v => v.Version == reference.Version);
                    if (JsonNode.Parse(target.Schema) is JsonObject referenced) named[reference.Name] = referenced;
                }

                var root = JsonNode.Parse(version.Schema)!.AsObject();
                Avro(root, root["name"]!.GetValue<string>(), named, paths, depth: 0);
                break;
            case "JSON":
                var schema = JsonNode.Parse(version.Schema)!.AsObject();
                Json(schema, schema["title"]!.GetValue<string>(), paths);
                break;
            case "PROTOBUF":
                Protobuf(version.Schema, paths);
                break;
        }

        return paths;
    }

    private static void Avro(JsonObject record, string prefix, Dictionary<string, JsonObject> named, HashSet<string> paths, int depth)
    {
        if (depth > 5) return;
        foreach (var field in record["fields"]!.AsArray())
        {
            var path = $"{prefix}.{field!["name"]!.GetValue<string>()}";
            paths.Add(path);
            var type = field["type"]!;
            if (type is JsonArray union) type = union.First(t => t is not JsonValue v || v.GetValue<string>() != "null")!;
            var nested = type switch
            {
                JsonObject o when o["type"]?.GetValue<string>() == "record" => o,
                JsonValue v when named.TryGetValue(v.GetValue<string>(), out var referenced) => referenced,
                JsonValue v => FindNamed(record, v.GetValue<string>()),
                _ => null,
            };
            if (nested is not null) Avro(nested, path, named, paths, depth + 1);
        }
    }

    // A record defined earlier in the same schema and used again by name.
    private static JsonObject? FindNamed(JsonNode node, string name)
    {
        foreach (var o in Descendants(node.Root).OfType<JsonObject>())
        {
            if (o["type"] is JsonValue t && t.GetValue<string>() == "record"
                && (o["name"]!.GetValue<string>() == name || $"{o["namespace"]?.GetValue<string>()}.{o["name"]!.GetValue<string>()}" == name))
            {
                return o;
            }
        }

        return null;
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var d in Descendants(child)) yield return d;
        }
    }

    private static void Json(JsonObject schema, string prefix, HashSet<string> paths)
    {
        if (schema["properties"] is not JsonObject properties) return;
        foreach (var (name, property) in properties)
        {
            var path = $"{prefix}.{name}";
            paths.Add(path);
            if (property is JsonObject nested) Json(nested, path, paths);
        }
    }

    private static void Protobuf(string text, HashSet<string> paths)
    {
        // Message name -> (field name, field type) of its direct fields.
        var messages = new Dictionary<string, List<(string Name, string Type)>>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        string? first = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (MessageStart().Match(line) is { Success: true } m)
            {
                stack.Push(m.Groups[1].Value);
                messages.TryAdd(m.Groups[1].Value, []);
                first ??= m.Groups[1].Value;
            }
            else if (EnumStart().IsMatch(line))
            {
                stack.Push("");
            }
            else if (line == "}")
            {
                stack.Pop();
            }
            else if (stack.Count > 0 && stack.Peek() != "" && FieldLine().Match(line) is { Success: true } f)
            {
                messages[stack.Peek()].Add((f.Groups[2].Value, f.Groups[1].Value));
            }
        }

        if (first is not null) Walk(first, first, 0);

        void Walk(string message, string prefix, int depth)
        {
            if (depth > 5) return;
            foreach (var (name, type) in messages[message])
            {
                var path = $"{prefix}.{name}";
                paths.Add(path);
                if (messages.ContainsKey(type)) Walk(type, path, depth + 1);
            }
        }
    }

    [GeneratedRegex(@"^message\s+(\w+)\s*\{$")]
    private static partial Regex MessageStart();

    [GeneratedRegex(@"^enum\s+\w+\s*\{$")]
    private static partial Regex EnumStart();

    [GeneratedRegex(@"^(?:optional\s+|repeated\s+)?([\w.]+)\s+(\w+)\s*=\s*\d+;$")]
    private static partial Regex FieldLine();
}
