using System.Text.Json;
using System.Text.Json.Nodes;

namespace Governance.Model.Tests;

/// <summary>Semantic JSON comparison (property order ignored) with a message that points at the first difference.</summary>
internal static class JsonAssert
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 256 };

    public static void Equivalent(string expectedJson, string actualJson)
    {
        var expected = JsonNode.Parse(expectedJson, documentOptions: DocumentOptions);
        var actual = JsonNode.Parse(actualJson, documentOptions: DocumentOptions);
        if (!JsonNode.DeepEquals(expected, actual))
        {
            Assert.Fail($"JSON documents differ at {FirstDifference(expected, actual, "$")}");
        }
    }

    private static string FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var (key, value) in e)
                {
                    if (!a.ContainsKey(key))
                    {
                        return $"{path}.{key}: missing in actual";
                    }

                    if (!JsonNode.DeepEquals(value, a[key]))
                    {
                        return FirstDifference(value, a[key], $"{path}.{key}");
                    }
                }

                var extra = a.Select(p => p.Key).FirstOrDefault(key => !e.ContainsKey(key));
                return extra is null ? $"{path}: objects differ" : $"{path}.{extra}: not expected (actual {a[extra]?.ToJsonString() ?? "null"})";
            case (JsonArray e, JsonArray a) when e.Count == a.Count:
                for (var i = 0; i < e.Count; i++)
                {
                    if (!JsonNode.DeepEquals(e[i], a[i]))
                    {
                        return FirstDifference(e[i], a[i], $"{path}[{i}]");
                    }
                }

                return $"{path}: arrays differ";
            default:
                return $"{path}: expected {expected?.ToJsonString() ?? "null"} but was {actual?.ToJsonString() ?? "null"}";
        }
    }
}
