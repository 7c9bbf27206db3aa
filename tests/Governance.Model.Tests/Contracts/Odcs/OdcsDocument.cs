using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Governance.Model.Contracts.Odcs;

namespace Governance.Model.Tests.Contracts.Odcs;

/// <summary>Reads exported YAML as JSON and follows ODCS paths (<c>schema[0].properties[2].name</c>) in it.</summary>
internal static partial class OdcsDocument
{
    public static JsonObject Parse(string yaml)
    {
        var (root, _, problem) = YamlJsonReader.Read(yaml);
        Assert.Null(problem);
        return Assert.IsType<JsonObject>(root);
    }

    /// <summary>The node at <paramref name="path"/>; fails the test when a segment does not exist.</summary>
    public static JsonNode? At(JsonNode root, string path)
    {
        JsonNode? node = root;
        var traversed = string.Empty;
        foreach (Match segment in Segment().Matches(path))
        {
            traversed += segment.Value;
            if (segment.Groups["index"].Success)
            {
                var array = Assert.IsType<JsonArray>(node);
                var index = int.Parse(segment.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(index < array.Count, $"{traversed} is past the end of the list");
                node = array[index];
            }
            else
            {
                var name = segment.Groups["name"].Success ? segment.Groups["name"].Value : segment.Groups["quoted"].Value;
                var obj = Assert.IsType<JsonObject>(node);
                Assert.True(obj.ContainsKey(name), $"{traversed} does not exist");
                node = obj[name];
            }
        }

        return node;
    }

    [GeneratedRegex(@"\[(?<index>[0-9]+)\]|\['(?<quoted>[^']*)'\]|\.?(?<name>[A-Za-z_$][A-Za-z0-9_$-]*)")]
    private static partial Regex Segment();
}
