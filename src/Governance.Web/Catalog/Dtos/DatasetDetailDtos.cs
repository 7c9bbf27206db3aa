namespace Governance.Web.Catalog.Dtos;

/// <summary>One reason a producer gave for a lineage edge (<c>governance_evidence</c>), e.g. a committed offset.</summary>
public sealed record EvidenceItemDto(string Kind, string Detail);

/// <summary>A job that currently writes or reads a dataset, and why the catalog believes it.</summary>
/// <param name="Job">The job.</param>
/// <param name="Direction"><c>OUTPUT</c> when the job writes the dataset (a producer), <c>INPUT</c> when it reads it.</param>
/// <param name="ValidFrom">Since when the edge holds.</param>
/// <param name="LastSeenAt">The latest event time that confirmed it.</param>
/// <param name="Evidence">The evidence of the latest event that gave any; empty when no producer gave evidence.</param>
/// <param name="ReportedBy">The producer (URI) of the event the evidence, or the report, comes from.</param>
/// <param name="EventId">That raw event, readable at <see cref="EventUrl"/>.</param>
/// <param name="EventTime">That event's time.</param>
/// <param name="EventUrl">Where to read that event's JSON.</param>
public sealed record DatasetEdgeDto(
    EntityId Job,
    string Direction,
    DateTime ValidFrom,
    DateTime LastSeenAt,
    IReadOnlyList<EvidenceItemDto> Evidence,
    string? ReportedBy,
    long? EventId,
    DateTime? EventTime,
    string? EventUrl);

/// <summary>The jobs that write (producers) and read (consumers) a dataset, with the evidence for each.</summary>
public sealed record DatasetEdgeList(IReadOnlyList<DatasetEdgeDto> Producers, IReadOnlyList<DatasetEdgeDto> Consumers);

/// <summary>A consumer group's lag on one partition of the topic, as last reported.</summary>
public sealed record PartitionLagDto(int Partition, long? CommittedOffset, long? LogEndOffset, long? Lag, string? Status);

/// <summary>One lag report: when, the group's verdict then, and the lag on this topic's partitions.</summary>
/// <param name="Lag">Sum of the known lag of this topic's partitions; null when none was known.</param>
public sealed record LagSampleDto(DateTime At, string Verdict, long? Lag);

/// <summary>A consumer group reading the topic: its latest verdict and lag, and how the lag moved.</summary>
/// <param name="Job">The consumer group's job.</param>
/// <param name="Verdict">The collector's Burrow-style verdict in the latest report (OK, WARN, STALL, STOP, REWIND, ERR).</param>
/// <param name="Lag">The lag on this topic's partitions in the latest report.</param>
/// <param name="GroupTotalLag">The group's lag over every topic it reads, in the latest report.</param>
/// <param name="ReportedAt">When the latest report was made.</param>
/// <param name="Partitions">This topic's partitions in the latest report.</param>
/// <param name="Trend">The latest reports, oldest first.</param>
public sealed record GroupLagDto(
    EntityId Job,
    string Verdict,
    long? Lag,
    long? GroupTotalLag,
    DateTime ReportedAt,
    IReadOnlyList<PartitionLagDto> Partitions,
    IReadOnlyList<LagSampleDto> Trend);

/// <summary>The consumer groups of a topic that report lag.</summary>
public sealed record DatasetLagList(IReadOnlyList<GroupLagDto> Groups);

/// <summary>A stored event that named the dataset.</summary>
/// <param name="Id">The raw event's id.</param>
/// <param name="Kind"><c>RunEvent</c>, <c>DatasetEvent</c> or <c>JobEvent</c>.</param>
/// <param name="Type">A run event's type (START, RUNNING, COMPLETE, …).</param>
/// <param name="Job">The job a run or job event is about.</param>
/// <param name="Roles">How the event named the dataset: <c>DATASET</c>, <c>INPUT</c>, <c>OUTPUT</c>.</param>
/// <param name="PayloadUrl">Where to read the event's JSON as received.</param>
public sealed record DatasetEventDto(
    long Id,
    DateTime ReceivedAt,
    DateTime EventTime,
    string Kind,
    string? Type,
    string? Producer,
    string? RunId,
    EntityId? Job,
    IReadOnlyList<string> Roles,
    string PayloadUrl);

/// <summary>A page of the events behind a dataset, newest first.</summary>
public sealed record DatasetEventList(int TotalCount, IReadOnlyList<DatasetEventDto> Events);
