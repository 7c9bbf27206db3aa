using System.Text.Json;

namespace Governance.Web.Tests.Infrastructure;

/// <summary>The OpenLineage example events copied next to the test assembly.</summary>
public static class Fixtures
{
    public static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "OpenLineage", name);

    public static IEnumerable<string> Files(string folder) =>
        Directory.GetFiles(Folder(folder), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static string Read(string folder, string file) => File.ReadAllText(Path.Combine(Folder(folder), file));

    public static TheoryData<string> Names(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Files(folder))
        {
            data.Add(file);
        }

        return data;
    }

    /// <summary>Every event in a file (some fixture files hold an array of events).</summary>
    public static IReadOnlyList<JsonElement> Events(string folder, string file)
    {
        using var document = JsonDocument.Parse(Read(folder, file));
        var root = document.RootElement;
        return root.ValueKind == JsonValueKind.Array
            ? root.EnumerateArray().Select(e => e.Clone()).ToList()
            : [root.Clone()];
    }
}
