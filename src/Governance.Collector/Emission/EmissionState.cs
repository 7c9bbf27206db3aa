using System.Text.Json;

namespace Governance.Collector.Emission;

/// <summary>
/// What the collector last emitted for every dataset and job, kept on disk so a restart neither
/// re-emits everything nor forgets which things were missing from earlier scans.
/// </summary>
public sealed class EmissionState
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    /// <summary>Entries by key (<see cref="EmittedEntry.KeyOf"/>).</summary>
    public Dictionary<string, EmittedEntry> Entries { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Reads the state file, or starts empty when there is none.</summary>
    /// <exception cref="InvalidDataException">When the file exists but is not a state file.</exception>
    public static EmissionState Load(string path)
    {
        if (!File.Exists(path))
        {
            return new EmissionState();
        }

        try
        {
            return JsonSerializer.Deserialize<EmissionState>(File.ReadAllText(path), Json) ?? new EmissionState();
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The collector state file '{path}' is unreadable ({ex.Message}); move it away to start afresh.", ex);
        }
    }

    /// <summary>Writes the state atomically (a crash leaves the old or the new file, never half of one).</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Json));
        File.Move(temporary, path, overwrite: true);
    }
}

/// <summary>What was last emitted for one dataset or job.</summary>
public sealed class EmittedEntry
{
    /// <summary><c>dataset</c> or <c>job</c>.</summary>
    public string Kind { get; set; } = "";
    public string Namespace { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>Alias of the cluster whose scans decide whether it still exists.</summary>
    public string Cluster { get; set; } = "";

    /// <summary>SHA-256 of the last emitted content (event time excluded).</summary>
    public string Fingerprint { get; set; } = "";
    public DateTimeOffset LastEmitted { get; set; }

    /// <summary>Consecutive complete scans of <see cref="Cluster"/> that did not see it.</summary>
    public int MissedCompleteScans { get; set; }

    /// <summary>The state key of a dataset or job.</summary>
    public static string KeyOf(string kind, string ns, string name) => $"{kind}\u001f{ns}\u001f{name}";
}
