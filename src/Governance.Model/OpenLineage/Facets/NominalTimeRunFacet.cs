using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>Spec <c>NominalTimeRunFacet</c> (key <c>nominalTime</c>): the scheduled time window of a run.</summary>
public sealed record NominalTimeRunFacet : RunFacet
{
    /// <summary>JSON <c>nominalStartTime</c>: scheduled start (inclusive), as sent.</summary>
    [JsonPropertyName("nominalStartTime")]
    public string? NominalStartTime { get; set; }

    /// <summary>JSON <c>nominalEndTime</c>: scheduled end (exclusive), as sent; may be an explicit <c>null</c>.</summary>
    [JsonPropertyName("nominalEndTime")]
    public string? NominalEndTime { get; set; }

    /// <summary>Parses <see cref="NominalStartTime"/> (see <see cref="OpenLineageTime.TryParse"/>).</summary>
    /// <param name="value">The parsed time, or <c>default</c>.</param>
    /// <returns>Whether the value is present and parseable.</returns>
    public bool TryGetNominalStartTime(out DateTimeOffset value) => OpenLineageTime.TryParse(NominalStartTime, out value);

    /// <summary>Parses <see cref="NominalEndTime"/> (see <see cref="OpenLineageTime.TryParse"/>).</summary>
    /// <param name="value">The parsed time, or <c>default</c>.</param>
    /// <returns>Whether the value is present and parseable.</returns>
    public bool TryGetNominalEndTime(out DateTimeOffset value) => OpenLineageTime.TryParse(NominalEndTime, out value);
}
