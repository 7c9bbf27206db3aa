using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>A spec <c>DatasetEvent</c>: static metadata about one dataset, not tied to a job or run.</summary>
public sealed record DatasetEvent : OpenLineageEvent
{
    /// <summary>Creates an empty dataset event.</summary>
    public DatasetEvent()
        : base(OpenLineageEventKind.Dataset)
    {
    }

    /// <summary>JSON <c>dataset</c>: the dataset described.</summary>
    [JsonPropertyName("dataset")]
    public StaticDataset Dataset { get; set; } = new();
}
