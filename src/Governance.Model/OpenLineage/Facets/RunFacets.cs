using System.Text.Json.Serialization;
using Governance.Model.OpenLineage.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>The <c>facets</c> of a <see cref="Run"/>: typed spec run facets plus <see cref="FacetContainer.AdditionalFacets"/> (e.g. <c>spark_properties</c>, <c>airflow</c>).</summary>
[JsonConverter(typeof(FacetContainerConverter<RunFacets>))]
public sealed class RunFacets : FacetContainer
{
    private static readonly IReadOnlyDictionary<string, Type> Types = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [FacetKeys.Parent] = typeof(ParentRunFacet),
        [FacetKeys.NominalTime] = typeof(NominalTimeRunFacet),
        [FacetKeys.ErrorMessage] = typeof(ErrorMessageRunFacet),
        [FacetKeys.ProcessingEngine] = typeof(ProcessingEngineRunFacet),
        [FacetKeys.Tags] = typeof(TagsRunFacet),
    };

    /// <summary><c>parent</c>: the run (and job) that started this run, e.g. the Airflow DAG run of a task.</summary>
    public ParentRunFacet? Parent { get => Get<ParentRunFacet>(FacetKeys.Parent); set => Set(FacetKeys.Parent, value); }

    /// <summary><c>nominalTime</c>: the scheduled time window of the run.</summary>
    public NominalTimeRunFacet? NominalTime { get => Get<NominalTimeRunFacet>(FacetKeys.NominalTime); set => Set(FacetKeys.NominalTime, value); }

    /// <summary><c>errorMessage</c>: why the run failed.</summary>
    public ErrorMessageRunFacet? ErrorMessage { get => Get<ErrorMessageRunFacet>(FacetKeys.ErrorMessage); set => Set(FacetKeys.ErrorMessage, value); }

    /// <summary><c>processing_engine</c>: engine (Spark, Flink, Airflow…) and adapter versions.</summary>
    public ProcessingEngineRunFacet? ProcessingEngine { get => Get<ProcessingEngineRunFacet>(FacetKeys.ProcessingEngine); set => Set(FacetKeys.ProcessingEngine, value); }

    /// <summary><c>tags</c>: key/value tags on the run.</summary>
    public TagsRunFacet? Tags { get => Get<TagsRunFacet>(FacetKeys.Tags); set => Set(FacetKeys.Tags, value); }

    /// <inheritdoc />
    private protected override IReadOnlyDictionary<string, Type> TypedFacetTypes => Types;
}
