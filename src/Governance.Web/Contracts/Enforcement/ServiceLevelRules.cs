using System.Globalization;
using Governance.Model.Contracts;
using Governance.Web.Catalog;

namespace Governance.Web.Contracts.Enforcement;

/// <summary>The contract's service levels: consumer lag per group, freshness, and the dead-letter topic.</summary>
internal static class ServiceLevelRules
{
    /// <summary>Prefix of the lag rule keys.</summary>
    public const string LagKeyPrefix = "sla.lag:";

    /// <summary>Prefix of the lag report rule keys (a group that stopped reporting).</summary>
    public const string LagReportKeyPrefix = "sla.lag.report:";

    /// <summary>Rule key of freshness.</summary>
    public const string FreshnessKey = "sla.freshness";

    /// <summary>Rule key of the dead-letter topic.</summary>
    public const string DeadLetterKey = "dead-letter";

    /// <summary>Rule key of one group's lag objective.</summary>
    public static string LagKey(string group) => LagKeyPrefix + group;

    /// <summary>Rule key of one group's lag reporting.</summary>
    public static string LagReportKey(string group) => LagReportKeyPrefix + group;

    /// <summary>The group's lag on the topic against its objective; none when the report knows no lag for the topic.</summary>
    public static RuleOutcome? Lag(ConsumerLagObjective objective, TopicLagReport report, DateTime reportedAt, long? eventId)
    {
        if (report.Lag is not { } lag)
        {
            return null;
        }

        var kept = lag <= objective.MaxLag;
        var message = kept
            ? $"Consumer group {objective.ConsumerGroup} is {lag} records behind, within its {objective.MaxLag}."
            : $"Consumer group {objective.ConsumerGroup} is {lag} records behind, more than the {objective.MaxLag} the contract allows.";
        return new RuleOutcome(LagKey(objective.ConsumerGroup), ViolationKinds.LagSla, ViolationSeverities.Error, kept, message, new
        {
            group = objective.ConsumerGroup,
            lag,
            maxLag = objective.MaxLag,
            verdict = report.Verdict,
            partitions = report.Partitions.Select(p => new { p.Partition, p.Lag, p.CommittedOffset, p.LogEndOffset }),
            reportedAt,
            rawEventId = eventId,
        });
    }

    /// <summary>Whether the group's latest lag report is recent enough to vouch for its objective.</summary>
    public static RuleOutcome LagReport(ConsumerLagObjective objective, DateTime lastReportAt, long lastEventId, TimeSpan maxAge, DateTime now)
    {
        var age = now - lastReportAt;
        var kept = age <= maxAge;
        var message = kept
            ? $"Consumer group {objective.ConsumerGroup} last reported its lag {Describe(age)} ago."
            : $"Consumer group {objective.ConsumerGroup} has not reported its lag for {Describe(age)} (longer than {Describe(maxAge)}): "
              + "its lag objective cannot be verified.";
        return new RuleOutcome(LagReportKey(objective.ConsumerGroup), ViolationKinds.LagSla, ViolationSeverities.Warning, kept, message,
            new { group = objective.ConsumerGroup, lastReportAt, maxAge = maxAge.ToString("c", CultureInfo.InvariantCulture), rawEventId = lastEventId });
    }

    /// <summary>
    /// Time since the last record against the contract's freshness. Record timestamps reach the
    /// catalog only through sampling: "last record" is the newest record the collector sampled (the
    /// topic facet's <c>lastRecordAt</c>, read from each sampled partition's end at every scan). A
    /// dataset without it (another producer, sampling off) falls back to the newest event that reported
    /// the dataset itself or as a run's output, which for a collector topic is re-sent at least every
    /// heartbeat interval (an hour by default) and so only shows a producer stopped for longer.
    /// </summary>
    /// <param name="measuredFrom"><c>LAST_SAMPLED_RECORD</c> or <c>LAST_REPORT</c>: which of the two <paramref name="lastRecord"/> is.</param>
    public static RuleOutcome? Freshness(DataContract contract, DateTime lastRecord, string measuredFrom, DateTime now)
    {
        if (contract.ServiceLevels.Freshness is not { } freshness)
        {
            return null;
        }

        var age = now - lastRecord;
        var kept = age <= freshness;
        var what = measuredFrom == LastSampledRecord ? "The newest record was written" : "The dataset was last reported";
        var message = kept
            ? $"{what} {Describe(age)} ago, within {Describe(freshness)}."
            : $"{what} {Describe(age)} ago, longer than the {Describe(freshness)} the contract promises.";
        return new RuleOutcome(FreshnessKey, ViolationKinds.FreshnessSla, ViolationSeverities.Error, kept, message, new
        {
            lastRecord, measuredFrom, ageSeconds = (long)age.TotalSeconds, freshnessSeconds = (long)freshness.TotalSeconds,
            element = contract.ServiceLevels.FreshnessElement,
        });
    }

    /// <summary>Freshness measured from the newest sampled record.</summary>
    public const string LastSampledRecord = "LAST_SAMPLED_RECORD";

    /// <summary>Freshness measured from the newest report of the dataset.</summary>
    public const string LastReport = "LAST_REPORT";

    /// <summary>A required dead-letter topic must be in the catalog.</summary>
    public static RuleOutcome? DeadLetter(DataContract contract, string @namespace, bool present)
    {
        if (!contract.ServiceLevels.DeadLetterTopicRequired || contract.ServiceLevels.DeadLetterTopic is not { } topic)
        {
            return null;
        }

        var message = present
            ? $"Dead-letter topic {topic} is in the catalog."
            : $"The contract requires dead-letter topic {topic}, which is not in the catalog (namespace {@namespace}).";
        return new RuleOutcome(DeadLetterKey, ViolationKinds.DeadLetter, ViolationSeverities.Error, present, message,
            new { topic, @namespace });
    }

    /// <summary>A duration in the largest sensible unit: <c>90 s</c>, <c>12 min</c>, <c>3 h</c>, <c>2 d</c>.</summary>
    public static string Describe(TimeSpan span)
    {
        var s = Math.Max(0, span.TotalSeconds);
        return s switch
        {
            < 120 => string.Create(CultureInfo.InvariantCulture, $"{s:0} s"),
            < 7200 => string.Create(CultureInfo.InvariantCulture, $"{s / 60:0} min"),
            < 172_800 => string.Create(CultureInfo.InvariantCulture, $"{s / 3600:0.#} h"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{s / 86_400:0.#} d"),
        };
    }
}
