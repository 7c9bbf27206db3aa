using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.Simulator.Scenario;

/// <summary>Reads and writes scenarios as JSON (camelCase, enums as strings, byte arrays as base64).</summary>
public static class ScenarioJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static PlatformScenario Read(string json) =>
        JsonSerializer.Deserialize<PlatformScenario>(json, Options) ?? throw new InvalidDataException("The scenario file is empty.");

    public static PlatformScenario ReadFile(string path) => Read(File.ReadAllText(path));

    public static string Write(PlatformScenario scenario) => JsonSerializer.Serialize(scenario, Options);
}
