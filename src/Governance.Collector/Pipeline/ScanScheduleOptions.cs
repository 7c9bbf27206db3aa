using System.ComponentModel.DataAnnotations;

namespace Governance.Collector.Pipeline;

/// <summary>How often <c>collector run</c> scans (section <c>Scan</c>, key <c>Interval</c>).</summary>
public sealed class ScanScheduleOptions
{
    public const string SectionName = "Scan";

    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}
