using System.Text.Json;

namespace Governance.Model.Tests.Validation;

/// <summary>Access to the OpenLineage fixture files copied to the test output (Fixtures/OpenLineage/...).</summary>
internal static class OpenLineageFixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures", "OpenLineage");

    public static IEnumerable<string> Files(string category) =>
        Directory.GetFiles(Path.Combine(Root, category), "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>(category, file, index) for every event; a file holding a JSON array yields one row per element.</summary>
    public static TheoryData<string, string, int> Events(params string[] categories)
    {
        var data = new TheoryData<string, string, int>();
        foreach (var category in categories)
        {
            foreach (var file in Files(category))
            {
                using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, category, file)));
                var count = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.GetArrayLength() : 1;
                for (var i = 0; i < count; i++)
                {
                    data.Add(category, file, i);
                }
            }
        }

        return data;
    }

    /// <summary>The event at <paramref name="index"/> (cloned, so it outlives the document).</summary>
    public static JsonElement Load(string category, string file, int index = 0)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, category, file)));
        var root = document.RootElement;
        return (root.ValueKind == JsonValueKind.Array ? root[index] : root).Clone();
    }
}
