using Governance.Web.Catalog.Dtos;

namespace Governance.Web.Contracts.Checks;

/// <summary>A schema a team means to register, to check before it does.</summary>
/// <param name="Namespace">The cluster namespace whose registry holds the subject; needed only when several do.</param>
/// <param name="Subject">The Schema Registry subject, e.g. <c>orders.v1-value</c>.</param>
/// <param name="SchemaType"><c>AVRO</c> (the default), <c>JSON</c> or <c>PROTOBUF</c>.</param>
/// <param name="Schema">The schema text, as it would be registered.</param>
public sealed record SchemaCheckRequest(string? Namespace, string? Subject, string? SchemaType, string? Schema);

/// <summary>The verdict on a schema before registration.</summary>
/// <param name="Compatible">Whether the registry would accept it under the policy (an unreadable or unchecked schema is not compatible).</param>
/// <param name="Outcome"><c>COMPATIBLE</c>, <c>INCOMPATIBLE</c>, <c>INVALID_SCHEMA</c> or <c>UNSUPPORTED_SCHEMA_TYPE</c>.</param>
/// <param name="Policy">The compatibility policy checked (Confluent's name).</param>
/// <param name="PolicySource">Where the policy comes from: <c>CONTRACT</c>, <c>REGISTRY</c>, or <c>REGISTRY_DEFAULT</c> when the level is not known.</param>
/// <param name="Contracts">The contracts in force that govern the subject.</param>
/// <param name="Namespace">The registry's namespace whose versions were compared.</param>
/// <param name="CheckedAgainst">The registered versions the schema was compared with.</param>
/// <param name="KnownVersions">Every version of the subject known to the catalog, oldest first.</param>
/// <param name="BreakingChanges">Each change that breaks a reader.</param>
/// <param name="Problems">Why the schema could not be checked, when it could not.</param>
/// <param name="Topics">The topics that use the subject, where the downstream walk starts.</param>
/// <param name="Downstream">The jobs that read those topics, directly or through what they derive from them.</param>
/// <param name="Notes">What the verdict rests on, in plain words (e.g. which level applies and why).</param>
public sealed record SchemaCheckResult(
    bool Compatible,
    string Outcome,
    string Policy,
    string PolicySource,
    IReadOnlyList<CheckedContract> Contracts,
    string Subject,
    string? Namespace,
    IReadOnlyList<int> CheckedAgainst,
    IReadOnlyList<int> KnownVersions,
    IReadOnlyList<BreakingChangeDto> BreakingChanges,
    IReadOnlyList<string> Problems,
    IReadOnlyList<EntityId> Topics,
    IReadOnlyList<DownstreamConsumer> Downstream,
    IReadOnlyList<string> Notes);

/// <summary>A contract that governs the checked subject, with its policy.</summary>
public sealed record CheckedContract(string Key, string Name, string? Owner, string? Policy, EntityId Dataset);

/// <summary>A change that breaks readers.</summary>
/// <param name="Location">Where in the schema (JSON path for Avro, schema pointer for JSON Schema).</param>
/// <param name="Kind">Stable kind, e.g. <c>READER_FIELD_MISSING_DEFAULT_VALUE</c>.</param>
/// <param name="Direction"><c>BACKWARD</c> (the new schema cannot read old data) or <c>FORWARD</c> (old readers cannot read new data).</param>
/// <param name="PreviousVersion">The registered version it conflicts with.</param>
/// <param name="Policy">The policy under which it breaks.</param>
public sealed record BreakingChangeDto(string Location, string Kind, string Message, string Direction, int PreviousVersion, string Policy);

/// <summary>A job downstream of the checked subject's topics.</summary>
/// <param name="Namespace">The job's namespace.</param>
/// <param name="Name">The job's name.</param>
/// <param name="Depth">How many jobs away from the topic: 1 reads a topic of the subject, 2 reads what a depth-1 job writes, …</param>
/// <param name="Reads">The affected datasets it reads.</param>
/// <param name="Writes">The datasets it writes (which are affected in turn).</param>
/// <param name="Owners">Who to tell: the job's owners, else the owners of what it writes.</param>
/// <param name="OwnersFrom"><c>JOB</c>, <c>OUTPUTS</c>, or null when nobody is declared.</param>
public sealed record DownstreamConsumer(
    string Namespace, string Name, int Depth, IReadOnlyList<EntityId> Reads, IReadOnlyList<EntityId> Writes,
    IReadOnlyList<string> Owners, string? OwnersFrom);
