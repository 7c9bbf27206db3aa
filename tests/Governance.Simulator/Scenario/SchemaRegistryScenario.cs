using System.Text.Json.Nodes;

namespace Governance.Simulator.Scenario;

/// <summary>A Schema Registry: subjects with versions, compatibility and data-contract metadata and rules.</summary>
public sealed class SchemaRegistryScenario
{
    /// <summary>Global compatibility level, e.g. <c>BACKWARD</c>.</summary>
    public string Compatibility { get; set; } = "BACKWARD";

    /// <summary>Global mode: <c>READWRITE</c>, <c>READONLY</c> or <c>IMPORT</c>.</summary>
    public string Mode { get; set; } = "READWRITE";
    public List<SubjectScenario> Subjects { get; set; } = [];

    public SubjectScenario? Subject(string name) => Subjects.FirstOrDefault(s => s.Name == name);
}

/// <summary>A subject (e.g. <c>orders.v1-value</c>) and its versions.</summary>
public sealed class SubjectScenario
{
    public string Name { get; set; } = "";

    /// <summary>Subject-level compatibility, or null to inherit the global level.</summary>
    public string? Compatibility { get; set; }
    public bool Deleted { get; set; }
    public List<SchemaVersionScenario> Versions { get; set; } = [];
}

/// <summary>One registered version: a globally unique schema id, its text and data-contract parts.</summary>
public sealed class SchemaVersionScenario
{
    public int Version { get; set; }
    public int Id { get; set; }

    /// <summary><c>AVRO</c> (the registry omits the field for Avro), <c>JSON</c> or <c>PROTOBUF</c>.</summary>
    public string SchemaType { get; set; } = "AVRO";
    public string Schema { get; set; } = "";
    public List<SchemaReferenceScenario> References { get; set; } = [];

    /// <summary>Confluent data-contract metadata: <c>{tags: {path: [tags]}, properties: {...}, sensitive: [...]}</c>.</summary>
    public JsonObject? Metadata { get; set; }

    /// <summary>Confluent data-contract rule set: <c>{domainRules: [...], migrationRules: [...]}</c>.</summary>
    public JsonObject? RuleSet { get; set; }
}

/// <summary>A reference from one schema to another subject's version.</summary>
public sealed class SchemaReferenceScenario
{
    public string Name { get; set; } = "";
    public string Subject { get; set; } = "";
    public int Version { get; set; }
}
