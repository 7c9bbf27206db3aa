using System.ComponentModel.DataAnnotations;

namespace Governance.Web.Contracts.Enforcement;

/// <summary>Contract enforcement (section <c>Enforcement</c>).</summary>
public sealed class EnforcementOptions
{
    public const string SectionName = "Enforcement";

    /// <summary>How often the time-based rules (freshness, lag reports going stale, dead-letter topics) are re-checked.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How old a consumer group's latest lag report may be before its lag objective counts as
    /// unverifiable. The collector reports every scan (30 s by default), so a few missed scans are tolerated.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan LagReportMaxAge { get; set; } = TimeSpan.FromMinutes(15);
}
