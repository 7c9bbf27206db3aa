using System.ComponentModel.DataAnnotations;

namespace Governance.Collector.Emission;

/// <summary>What the collector emits and how often (section <c>Emission</c>).</summary>
public sealed class EmissionOptions
{
    public const string SectionName = "Emission";

    /// <summary>
    /// Re-emit unchanged datasets and jobs at least this often, so the portal can tell "unchanged"
    /// from "collector gone".
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A dataset or job is reported dropped after this many consecutive complete scans without it.</summary>
    [Range(1, 100)]
    public int DropAfterCompleteScans { get; set; } = 2;

    /// <summary>Where the last emitted state is kept across restarts.</summary>
    [Required]
    public string StateFile { get; set; } = "data/collector-state.json";
}
