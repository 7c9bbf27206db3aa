namespace Governance.Web.Data.Entities;

/// <summary>
/// A schema version registered for a subject, as the collector reported it (the
/// <c>governance_schemaRegistry</c> facet carries the schema text). Kept for every version seen, so
/// compatibility can be checked against predecessors without reaching the registry.
/// </summary>
public sealed class RegistrySchemaVersion
{
    public long Id { get; set; }

    /// <summary>The namespace of the cluster whose registry holds the subject (e.g. <c>kafka://lkc-abc</c>).</summary>
    public required string Namespace { get; set; }
    public required string Subject { get; set; }
    public int Version { get; set; }

    /// <summary>The registry's global schema id.</summary>
    public int SchemaId { get; set; }

    /// <summary>AVRO, JSON or PROTOBUF.</summary>
    public required string SchemaType { get; set; }
    public required string Schema { get; set; }
    public DateTime FirstSeenAt { get; set; }

    /// <summary>The event that first reported this version (evidence).</summary>
    public long RawEventId { get; set; }
}
