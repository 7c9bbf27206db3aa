using System.Text.Json;

namespace Governance.Model.Platform;

/// <summary>What the Schema Registry holds: subjects, versions, compatibility, data-contract parts.</summary>
public sealed record SchemaRegistrySnapshot
{
    /// <summary>Base URL (without credentials).</summary>
    public required string Url { get; init; }

    /// <summary>Global compatibility level.</summary>
    public string? GlobalCompatibility { get; init; }

    /// <summary>Subjects with their versions.</summary>
    public IReadOnlyList<SubjectInfo> Subjects { get; init; } = [];
}

/// <summary>A subject and its versions, oldest first.</summary>
public sealed record SubjectInfo(string Name, string? Compatibility, IReadOnlyList<SchemaVersionInfo> Versions)
{
    /// <summary>The newest version.</summary>
    public SchemaVersionInfo? Latest => Versions.Count == 0 ? null : Versions[^1];
}

/// <summary>One schema version with its Confluent data-contract metadata and rule set (raw JSON).</summary>
public sealed record SchemaVersionInfo(
    int Version,
    int Id,
    string SchemaType,
    string Schema,
    IReadOnlyList<SchemaReferenceInfo> References,
    JsonElement? Metadata,
    JsonElement? RuleSet);

/// <summary>A reference to another subject's version.</summary>
public sealed record SchemaReferenceInfo(string Name, string Subject, int Version);

/// <summary>What a Kafka Connect cluster runs.</summary>
public sealed record ConnectSnapshot
{
    /// <summary>Base URL (without credentials).</summary>
    public required string Url { get; init; }

    /// <summary>Connectors with status.</summary>
    public IReadOnlyList<ConnectorInfo> Connectors { get; init; } = [];
}

/// <summary>A connector: class, type, configuration, topics and status.</summary>
public sealed record ConnectorInfo(
    string Name,
    string Type,
    string Class,
    IReadOnlyDictionary<string, string> Config,
    IReadOnlyList<string> Topics,
    string State,
    IReadOnlyList<string> TaskStates);
