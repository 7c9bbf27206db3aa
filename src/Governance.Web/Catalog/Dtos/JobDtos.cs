using System.Text.Json;

namespace Governance.Web.Catalog.Dtos;

/// <summary>A job, Marquez-shaped.</summary>
public sealed record JobDto(
    EntityId Id,
    string? Type,
    string Name,
    string SimpleName,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    string Namespace,
    IReadOnlyList<EntityId> Inputs,
    IReadOnlyList<EntityId> Outputs,
    string? Description,
    string? Integration,
    RunDto? LatestRun,
    JsonElement? Facets,
    string? CurrentVersion);

/// <summary>A page of jobs.</summary>
public sealed record JobList(int TotalCount, IReadOnlyList<JobDto> Jobs);

/// <summary>A run, Marquez-shaped; <c>state</c> uses Marquez's words (RUNNING, COMPLETED, FAILED, ABORTED, NEW).</summary>
public sealed record RunDto(
    string Id,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? NominalStartTime,
    DateTime? NominalEndTime,
    string? State,
    DateTime? StartedAt,
    DateTime? EndedAt,
    long? DurationMs,
    string? ParentRunId,
    JsonElement? Facets);

/// <summary>A page of runs.</summary>
public sealed record RunList(int TotalCount, IReadOnlyList<RunDto> Runs);
