using System.Text.Json;

namespace Governance.Model.Tests;

/// <summary>Access to the OpenLineage fixture files copied to the test output directory.</summary>
internal static class Fixtures
{
    public const string Complete = "complete";
    public const string Marquez = "marquez";
    public const string Invalid = "invalid";

    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "OpenLineage");

    public static string[] Files(string folder) =>
        Directory.GetFiles(Path.Combine(Root, folder), "*.json")
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal)
            .ToArray();

    public static string ReadText(string folder, string file) => File.ReadAllText(Path.Combine(Root, folder, file));

    /// <summary>The JSON text of one event: the whole file, or element <paramref name="index"/> of a file holding an array.</summary>
    public static string EventJson(string folder, string file, int index)
    {
        var text = ReadText(folder, file);
        if (index < 0)
        {
            return text;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement[index].GetRawText();
    }

    /// <summary>Every event of the given folders: (folder, file, index) with index -1 for single-event files.</summary>
    public static IEnumerable<(string Folder, string File, int Index)> Events(params string[] folders)
    {
        foreach (var folder in folders)
        {
            foreach (var file in Files(folder))
            {
                using var document = JsonDocument.Parse(ReadText(folder, file));
                if (document.RootElement.ValueKind == JsonValueKind.Array)
                {
                    for (var i = 0; i < document.RootElement.GetArrayLength(); i++)
                    {
                        yield return (folder, file, i);
                    }
                }
                else
                {
                    yield return (folder, file, -1);
                }
            }
        }
    }

    public static T Parse<T>(string folder, string file, int index = -1)
        where T : Governance.Model.OpenLineage.OpenLineageEvent
        => Assert.IsType<T>(Governance.Model.OpenLineage.OpenLineageJson.ParseEvent(EventJson(folder, file, index)));
}
