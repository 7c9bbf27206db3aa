using System.Text.Json.Serialization;
using Governance.Model.OpenLineage.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>The <c>facets</c> of a <see cref="Job"/>: typed spec job facets plus <see cref="FacetContainer.AdditionalFacets"/> (e.g. <c>sql</c>, <c>sourceCodeLocation</c>).</summary>
[JsonConverter(typeof(FacetContainerConverter<JobFacets>))]
public sealed class JobFacets : FacetContainer
{
    private static readonly IReadOnlyDictionary<string, Type> Types = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [FacetKeys.Documentation] = typeof(DocumentationJobFacet),
        [FacetKeys.Ownership] = typeof(OwnershipJobFacet),
        [FacetKeys.JobType] = typeof(JobTypeJobFacet),
        [FacetKeys.Tags] = typeof(TagsJobFacet),
    };

    /// <summary><c>documentation</c>: description of the job.</summary>
    public DocumentationJobFacet? Documentation { get => Get<DocumentationJobFacet>(FacetKeys.Documentation); set => Set(FacetKeys.Documentation, value); }

    /// <summary><c>ownership</c>: owners of the job.</summary>
    public OwnershipJobFacet? Ownership { get => Get<OwnershipJobFacet>(FacetKeys.Ownership); set => Set(FacetKeys.Ownership, value); }

    /// <summary><c>jobType</c>: batch/streaming, integration and job type.</summary>
    public JobTypeJobFacet? JobType { get => Get<JobTypeJobFacet>(FacetKeys.JobType); set => Set(FacetKeys.JobType, value); }

    /// <summary><c>tags</c>: key/value tags on the job.</summary>
    public TagsJobFacet? Tags { get => Get<TagsJobFacet>(FacetKeys.Tags); set => Set(FacetKeys.Tags, value); }

    /// <inheritdoc />
    private protected override IReadOnlyDictionary<string, Type> TypedFacetTypes => Types;
}
