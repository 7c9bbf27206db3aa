using System.Reflection;

namespace Governance.Model.OpenLineage.GovernanceFacets;

/// <summary>
/// Keys and schemas of the facets Governance adds to OpenLineage events. Custom facets carry a
/// <c>governance_</c> prefix, as the spec asks of non-standard facets; their JSON Schemas are
/// embedded here and served by the portal at <c>/openlineage/facets/{Name}.json</c>.
/// </summary>
public static class GovernanceFacets
{
    /// <summary>Dataset facet: a topic's cluster, partitions and configuration.</summary>
    public static readonly GovernanceFacet Topic = new("governance_topic", "GovernanceTopicDatasetFacet");

    /// <summary>Dataset facet: the topic's subjects in Schema Registry with compatibility, metadata and rules.</summary>
    public static readonly GovernanceFacet SchemaRegistry = new("governance_schemaRegistry", "GovernanceSchemaRegistryDatasetFacet");

    /// <summary>Job facet: a consumer group's state and members.</summary>
    public static readonly GovernanceFacet ConsumerGroup = new("governance_consumerGroup", "GovernanceConsumerGroupJobFacet");

    /// <summary>Job facet: the job vanished from the platform.</summary>
    public static readonly GovernanceFacet Lifecycle = new("governance_lifecycle", "GovernanceLifecycleJobFacet");

    /// <summary>Run facet: consumer lag per partition and the group's verdict.</summary>
    public static readonly GovernanceFacet ConsumerLag = new("governance_consumerLag", "GovernanceConsumerLagRunFacet");

    /// <summary>Input dataset facet: the evidence for a read edge.</summary>
    public static readonly GovernanceFacet InputEvidence = new("governance_evidence", "GovernanceEvidenceInputFacet");

    /// <summary>Output dataset facet: the evidence for a write edge.</summary>
    public static readonly GovernanceFacet OutputEvidence = new("governance_evidence", "GovernanceEvidenceOutputFacet");

    /// <summary>Every facet schema, by schema name.</summary>
    public static IReadOnlyList<GovernanceFacet> All { get; } = [Topic, SchemaRegistry, ConsumerGroup, Lifecycle, ConsumerLag, InputEvidence, OutputEvidence];

    /// <summary>Path under which the portal serves the schemas.</summary>
    public const string PathPrefix = "/openlineage/facets/";

    /// <summary>The JSON Schema text of a facet, or null for an unknown name.</summary>
    public static string? SchemaText(string schemaName)
    {
        if (All.All(f => f.SchemaName != schemaName))
        {
            return null;
        }

        using var stream = typeof(GovernanceFacets).Assembly.GetManifestResourceStream($"OpenLineage.GovernanceFacets.{schemaName}.json")
            ?? throw new InvalidOperationException($"The embedded schema {schemaName} is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>A Governance facet: its key in the facets object and the name of its schema.</summary>
/// <param name="Key">Key in the event's facets object, e.g. <c>governance_topic</c>.</param>
/// <param name="SchemaName">Name of the schema document and of its definition.</param>
public sealed record GovernanceFacet(string Key, string SchemaName)
{
    /// <summary>The <c>_schemaURL</c> for this facet when the portal is at <paramref name="portalBaseUrl"/>.</summary>
    public string SchemaUrl(string portalBaseUrl) =>
        $"{portalBaseUrl.TrimEnd('/')}{GovernanceFacets.PathPrefix}{SchemaName}.json#/$defs/{SchemaName}";
}
