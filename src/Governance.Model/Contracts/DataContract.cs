using Governance.Model.Contracts.Compatibility;

namespace Governance.Model.Contracts;

/// <summary>
/// A data contract for one Kafka topic: who owns it, which schema the records follow and how it may evolve, the
/// rules every record must satisfy, and the service levels promised. Immutable; compares by value. The exchange
/// format is the Open Data Contract Standard v3 (see <see cref="Odcs.OdcsYaml"/>); every member documents the ODCS
/// member it maps to.
/// </summary>
public sealed record DataContract
{
    /// <summary>Unique identifier (ODCS <c>id</c>), e.g. a UUID.</summary>
    public required string Id { get; init; }

    /// <summary>Human name of the contract (ODCS <c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Semantic version of the contract (ODCS <c>version</c>), e.g. <c>1.2.0</c>.</summary>
    public required string Version { get; init; }

    /// <summary>Lifecycle status (ODCS <c>status</c>).</summary>
    public ContractStatus Status { get; init; } = ContractStatus.Draft;

    /// <summary>Business domain (ODCS <c>domain</c>).</summary>
    public string? Domain { get; init; }

    /// <summary>What the data is for (ODCS <c>description.purpose</c>).</summary>
    public string? Description { get; init; }

    /// <summary>How the data is meant to be used (ODCS <c>description.usage</c>).</summary>
    public string? Usage { get; init; }

    /// <summary>Known limitations of the data (ODCS <c>description.limitations</c>).</summary>
    public string? Limitations { get; init; }

    /// <summary>Free tags (ODCS <c>tags</c>).</summary>
    public ValueList<string> Tags { get; init; } = [];

    /// <summary>The governed topic (ODCS <c>schema[0]</c>); <see langword="null"/> while a draft names none.</summary>
    public ContractDataset? Dataset { get; init; }

    /// <summary>Kafka clusters the topic lives on (ODCS <c>servers</c> of <c>type: kafka</c>).</summary>
    public ValueList<ContractServer> Servers { get; init; } = [];

    /// <summary>Owning team and stakeholders (ODCS <c>team</c>).</summary>
    public ContractTeam? Team { get; init; }

    /// <summary>The Schema Registry subject and allowed versions.</summary>
    public ContractSchemaReference? SchemaReference { get; init; }

    /// <summary>Compatibility policy required for the subject (ODCS custom property <c>schemaCompatibility</c>).</summary>
    public CompatibilityPolicy? Compatibility { get; init; }

    /// <summary>Fields and their rules (ODCS <c>schema[0].properties</c>), in declaration order.</summary>
    public ValueList<ContractField> Fields { get; init; } = [];

    /// <summary>
    /// Quality rules over a record (the properties' <c>quality</c> and <c>schema[0].quality</c>), in document order:
    /// the rules declared on each field, fields in order, then the rules on the whole record. Import returns them in
    /// this order; a list built in another order is exported in this one.
    /// </summary>
    public ValueList<ContractQualityRule> QualityRules { get; init; } = [];

    /// <summary>Service levels.</summary>
    public ContractServiceLevels ServiceLevels { get; init; } = new();

    /// <summary>Contract-level ODCS custom properties the model does not interpret.</summary>
    public ValueList<ContractCustomProperty> CustomProperties { get; init; } = [];

    /// <summary>Other top-level ODCS members kept as written (e.g. <c>roles</c>, <c>support</c>, <c>price</c>).</summary>
    public ValueList<PreservedMember> Preserved { get; init; } = [];

    /// <summary>The owning team's name, if any.</summary>
    public string? Owner => Team?.Name;
}
