using System.Text.Json;
using Governance.Model.OpenLineage;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Ingestion.Projection;

/// <summary>
/// Drops and revivals. A dataset reported with <c>lifecycleStateChange: DROP</c>, or a job reported
/// with our <c>governance_lifecycle: {state: DROPPED}</c> job facet, is marked deleted and its open
/// lineage edges close at that instant (so "as of" queries before it still show them). Any later
/// ordinary report revives it.
/// </summary>
internal static class LifecycleProjector
{
    /// <summary>Job facet key the collector uses to report a job that vanished (OpenLineage has no job lifecycle facet).</summary>
    public const string JobLifecycleFacet = "governance_lifecycle";

    public const string Dropped = "DROPPED";

    public static async Task ApplyAsync(ProjectionScope scope, DatasetEntity dataset, string? lifecycleState, CancellationToken ct)
    {
        if (string.Equals(lifecycleState, LifecycleStateChangeDatasetFacet.Drop, StringComparison.OrdinalIgnoreCase))
        {
            dataset.DeletedAt = scope.EventTime;
            await CloseAsync(scope, e => e.Dataset == dataset, dataset.Id == 0 ? null : e => e.DatasetId == dataset.Id, ct);
        }
        else
        {
            dataset.DeletedAt = null;
        }
    }

    public static async Task ApplyAsync(ProjectionScope scope, JobEntity job, string? state, CancellationToken ct)
    {
        if (string.Equals(state, Dropped, StringComparison.OrdinalIgnoreCase))
        {
            job.DeletedAt = scope.EventTime;
            await CloseAsync(scope, e => e.Job == job, job.Id == 0 ? null : e => e.JobId == job.Id, ct);
        }
        else
        {
            job.DeletedAt = null;
        }
    }

    /// <summary>The state in a job's <c>governance_lifecycle</c> facet, if it has one.</summary>
    public static string? JobState(JobFacets facets) =>
        facets.GetFacetJson(JobLifecycleFacet) is { ValueKind: JsonValueKind.Object } facet
        && facet.TryGetProperty("state", out var state) && state.ValueKind == JsonValueKind.String
            ? state.GetString()
            : null;

    private static async Task CloseAsync(
        ProjectionScope scope, Func<LineageEdge, bool> tracked, System.Linq.Expressions.Expression<Func<LineageEdge, bool>>? stored, CancellationToken ct)
    {
        if (stored is not null)
        {
            await scope.Db.LineageEdges.Where(e => e.ValidTo == null).Where(stored).LoadAsync(ct);
        }

        foreach (var edge in scope.Db.LineageEdges.Local.Where(e => e.ValidTo == null && tracked(e)))
        {
            edge.ValidTo = scope.EventTime;
        }
    }
}
