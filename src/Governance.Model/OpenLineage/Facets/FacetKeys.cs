namespace Governance.Model.OpenLineage;

/// <summary>
/// Facet keys (the property names inside a <c>facets</c> object) of the spec facets. The typed properties of the
/// facet containers use these keys; use them also to look up facets in <see cref="FacetContainer.AdditionalFacets"/>.
/// </summary>
public static class FacetKeys
{
    /// <summary><c>schema</c> → <see cref="SchemaDatasetFacet"/>.</summary>
    public const string Schema = "schema";

    /// <summary><c>dataSource</c> → <see cref="DatasourceDatasetFacet"/>.</summary>
    public const string DataSource = "dataSource";

    /// <summary><c>documentation</c> → <see cref="DocumentationDatasetFacet"/> / <see cref="DocumentationJobFacet"/>.</summary>
    public const string Documentation = "documentation";

    /// <summary><c>ownership</c> → <see cref="OwnershipDatasetFacet"/> / <see cref="OwnershipJobFacet"/>.</summary>
    public const string Ownership = "ownership";

    /// <summary><c>symlinks</c> → <see cref="SymlinksDatasetFacet"/>.</summary>
    public const string Symlinks = "symlinks";

    /// <summary><c>datasetType</c> → <see cref="DatasetTypeDatasetFacet"/>.</summary>
    public const string DatasetType = "datasetType";

    /// <summary><c>columnLineage</c> → <see cref="ColumnLineageDatasetFacet"/>.</summary>
    public const string ColumnLineage = "columnLineage";

    /// <summary><c>lifecycleStateChange</c> → <see cref="LifecycleStateChangeDatasetFacet"/>.</summary>
    public const string LifecycleStateChange = "lifecycleStateChange";

    /// <summary><c>dataQualityAssertions</c> → <see cref="DataQualityAssertionsDatasetFacet"/>.</summary>
    public const string DataQualityAssertions = "dataQualityAssertions";

    /// <summary><c>tags</c> → <see cref="TagsDatasetFacet"/> / <see cref="TagsJobFacet"/> / <see cref="TagsRunFacet"/>.</summary>
    public const string Tags = "tags";

    /// <summary><c>storage</c> → <see cref="StorageDatasetFacet"/>.</summary>
    public const string Storage = "storage";

    /// <summary><c>version</c> → <see cref="DatasetVersionDatasetFacet"/>.</summary>
    public const string Version = "version";

    /// <summary><c>jobType</c> → <see cref="JobTypeJobFacet"/>.</summary>
    public const string JobType = "jobType";

    /// <summary><c>parent</c> → <see cref="ParentRunFacet"/>.</summary>
    public const string Parent = "parent";

    /// <summary><c>errorMessage</c> → <see cref="ErrorMessageRunFacet"/>.</summary>
    public const string ErrorMessage = "errorMessage";

    /// <summary><c>processing_engine</c> → <see cref="ProcessingEngineRunFacet"/>.</summary>
    public const string ProcessingEngine = "processing_engine";

    /// <summary><c>nominalTime</c> → <see cref="NominalTimeRunFacet"/>.</summary>
    public const string NominalTime = "nominalTime";

    /// <summary><c>dataQualityMetrics</c> (input facet; not typed, see <see cref="FacetContainer.AdditionalFacets"/>).</summary>
    public const string DataQualityMetrics = "dataQualityMetrics";

    /// <summary><c>outputStatistics</c> (output facet; not typed, see <see cref="FacetContainer.AdditionalFacets"/>).</summary>
    public const string OutputStatistics = "outputStatistics";

    /// <summary><c>sql</c> (job facet; not typed, see <see cref="FacetContainer.AdditionalFacets"/>).</summary>
    public const string Sql = "sql";

    /// <summary><c>sourceCodeLocation</c> (job facet; not typed, see <see cref="FacetContainer.AdditionalFacets"/>).</summary>
    public const string SourceCodeLocation = "sourceCodeLocation";
}
