using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Ingestion.Projection;

/// <summary>
/// Maintains lineage edges with validity intervals. An edge opens when an event first reports it and
/// closes when a complete picture of the job's inputs and outputs (a COMPLETE run or a JobEvent) no
/// longer contains it; closed edges are kept so the graph can be read as of any instant.
/// </summary>
internal static class EdgeProjector
{
    /// <summary>Opens (or confirms) the edges an event reports.</summary>
    public static async Task OpenAsync(
        ProjectionScope scope, JobEntity job, IEnumerable<DatasetEntity> datasets, EdgeDirection direction, CancellationToken ct)
    {
        var open = await OpenEdgesAsync(scope, job, ct);
        foreach (var dataset in datasets.Distinct())
        {
            var existing = open.FirstOrDefault(e => e.Direction == direction && e.Dataset == dataset);
            if (existing is not null)
            {
                existing.LastSeenAt = ProjectionScope.Later(existing.LastSeenAt, scope.EventTime);
                existing.ValidFrom = ProjectionScope.Earlier(existing.ValidFrom, scope.EventTime);
                continue;
            }

            var edge = new LineageEdge
            {
                Job = job,
                Dataset = dataset,
                Direction = direction,
                ValidFrom = scope.EventTime,
                LastSeenAt = scope.EventTime,
                RawEventId = scope.Raw.Id,
            };
            scope.Db.LineageEdges.Add(edge);
            open.Add(edge);
        }
    }

    /// <summary>
    /// Closes the job's open edges that a complete set of inputs and outputs no longer contains. An
    /// empty set says nothing about lineage (many producers omit datasets from terminal events), so
    /// it closes nothing.
    /// </summary>
    public static async Task CloseMissingAsync(
        ProjectionScope scope, JobEntity job, IReadOnlySet<DatasetEntity> inputs, IReadOnlySet<DatasetEntity> outputs, CancellationToken ct)
    {
        if (inputs.Count == 0 && outputs.Count == 0)
        {
            return;
        }

        foreach (var edge in await OpenEdgesAsync(scope, job, ct))
        {
            var keep = edge.Direction == EdgeDirection.Input ? inputs : outputs;
            if (!keep.Contains(edge.Dataset) && edge.ValidFrom <= scope.EventTime)
            {
                edge.ValidTo = scope.EventTime;
            }
        }
    }

    private static async Task<List<LineageEdge>> OpenEdgesAsync(ProjectionScope scope, JobEntity job, CancellationToken ct)
    {
        if (job.Id != 0)
        {
            // Brings the stored open edges (and their datasets) into the change tracker.
            await scope.Db.LineageEdges.Include(e => e.Dataset).Where(e => e.JobId == job.Id && e.ValidTo == null).LoadAsync(ct);
        }

        return scope.Db.LineageEdges.Local.Where(e => e.Job == job && e.ValidTo == null).ToList();
    }
}
