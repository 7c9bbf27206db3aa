using System.Text.Json.Serialization;
using Governance.Model.OpenLineage.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>The <c>facets</c> of a dataset: typed spec dataset facets plus <see cref="FacetContainer.AdditionalFacets"/>.</summary>
[JsonConverter(typeof(FacetContainerConverter<DatasetFacets>))]
public sealed class DatasetFacets : FacetContainer
{
    private static readonly IReadOnlyDictionary<string, Type> Types = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [FacetKeys.Schema] = typeof(SchemaDatasetFacet),
        [FacetKeys.DataSource] = typeof(DatasourceDatasetFacet),
        [FacetKeys.Documentation] = typeof(DocumentationDatasetFacet),
        [FacetKeys.Ownership] = typeof(OwnershipDatasetFacet),
        [FacetKeys.Symlinks] = typeof(SymlinksDatasetFacet),
        [FacetKeys.DatasetType] = typeof(DatasetTypeDatasetFacet),
        [FacetKeys.ColumnLineage] = typeof(ColumnLineageDatasetFacet),
        [FacetKeys.LifecycleStateChange] = typeof(LifecycleStateChangeDatasetFacet),
        [FacetKeys.DataQualityAssertions] = typeof(DataQualityAssertionsDatasetFacet),
        [FacetKeys.Tags] = typeof(TagsDatasetFacet),
        [FacetKeys.Storage] = typeof(StorageDatasetFacet),
        [FacetKeys.Version] = typeof(DatasetVersionDatasetFacet),
    };

    /// <summary><c>schema</c>: the dataset's fields (columns), possibly nested.</summary>
    public SchemaDatasetFacet? Schema { get => Get<SchemaDatasetFacet>(FacetKeys.Schema); set => Set(FacetKeys.Schema, value); }

    /// <summary><c>dataSource</c>: name and URI of the data source.</summary>
    public DatasourceDatasetFacet? DataSource { get => Get<DatasourceDatasetFacet>(FacetKeys.DataSource); set => Set(FacetKeys.DataSource, value); }

    /// <summary><c>documentation</c>: description of the dataset.</summary>
    public DocumentationDatasetFacet? Documentation { get => Get<DocumentationDatasetFacet>(FacetKeys.Documentation); set => Set(FacetKeys.Documentation, value); }

    /// <summary><c>ownership</c>: owners of the dataset.</summary>
    public OwnershipDatasetFacet? Ownership { get => Get<OwnershipDatasetFacet>(FacetKeys.Ownership); set => Set(FacetKeys.Ownership, value); }

    /// <summary><c>symlinks</c>: other identifiers of the same dataset (e.g. the Hive table of a file).</summary>
    public SymlinksDatasetFacet? Symlinks { get => Get<SymlinksDatasetFacet>(FacetKeys.Symlinks); set => Set(FacetKeys.Symlinks, value); }

    /// <summary><c>datasetType</c>: TABLE, VIEW, TOPIC, STREAM…</summary>
    public DatasetTypeDatasetFacet? DatasetType { get => Get<DatasetTypeDatasetFacet>(FacetKeys.DatasetType); set => Set(FacetKeys.DatasetType, value); }

    /// <summary><c>columnLineage</c>: which input fields each output field is derived from.</summary>
    public ColumnLineageDatasetFacet? ColumnLineage { get => Get<ColumnLineageDatasetFacet>(FacetKeys.ColumnLineage); set => Set(FacetKeys.ColumnLineage, value); }

    /// <summary><c>lifecycleStateChange</c>: CREATE, DROP, OVERWRITE… done by the job.</summary>
    public LifecycleStateChangeDatasetFacet? LifecycleStateChange { get => Get<LifecycleStateChangeDatasetFacet>(FacetKeys.LifecycleStateChange); set => Set(FacetKeys.LifecycleStateChange, value); }

    /// <summary>
    /// <c>dataQualityAssertions</c>: test results. The spec defines it as an input facet, but Marquez and others also
    /// send it here, so it is typed in both places.
    /// </summary>
    public DataQualityAssertionsDatasetFacet? DataQualityAssertions { get => Get<DataQualityAssertionsDatasetFacet>(FacetKeys.DataQualityAssertions); set => Set(FacetKeys.DataQualityAssertions, value); }

    /// <summary><c>tags</c>: key/value tags on the dataset or its fields.</summary>
    public TagsDatasetFacet? Tags { get => Get<TagsDatasetFacet>(FacetKeys.Tags); set => Set(FacetKeys.Tags, value); }

    /// <summary><c>storage</c>: storage layer (iceberg, delta…) and file format.</summary>
    public StorageDatasetFacet? Storage { get => Get<StorageDatasetFacet>(FacetKeys.Storage); set => Set(FacetKeys.Storage, value); }

    /// <summary><c>version</c>: the dataset version.</summary>
    public DatasetVersionDatasetFacet? Version { get => Get<DatasetVersionDatasetFacet>(FacetKeys.Version); set => Set(FacetKeys.Version, value); }

    /// <inheritdoc />
    private protected override IReadOnlyDictionary<string, Type> TypedFacetTypes => Types;
}
