namespace Governance.Model.Contracts;

/// <summary>
/// The Schema Registry subject whose schema the topic's records follow, optionally pinned to one version or
/// limited to a range of versions (ODCS custom properties <c>schemaRegistrySubject</c>,
/// <c>schemaRegistryVersion</c>, <c>schemaRegistryVersionRange</c>).
/// </summary>
public sealed record ContractSchemaReference
{
    /// <summary>Subject name, e.g. <c>orders-value</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>The one allowed version (1 or more); exclusive with <see cref="VersionRange"/>.</summary>
    public int? PinnedVersion { get; init; }

    /// <summary>Allowed versions in <see cref="SchemaVersionRange"/> syntax, e.g. <c>[3,)</c>; exclusive with <see cref="PinnedVersion"/>.</summary>
    public string? VersionRange { get; init; }
}
