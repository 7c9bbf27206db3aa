using System.Text.Json;
using Governance.Model.OpenLineage;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Ingestion.Projection;

/// <summary>Applies a run event to its run: state history, times, facets and declared datasets.</summary>
internal static class RunProjector
{
    public static async Task<RunEntity> ApplyAsync(
        ProjectionScope scope, RunEvent evt, JobEntity job, IEnumerable<EntityId> inputs, IEnumerable<EntityId> outputs, CancellationToken ct)
    {
        var t = scope.EventTime;
        var run = await scope.Db.Runs.FirstOrDefaultAsync(r => r.RunId == evt.Run.RunId, ct);
        if (run is null)
        {
            run = new RunEntity
            {
                RunId = evt.Run.RunId, Job = job, FacetsJson = "{}", InputsJson = "[]", OutputsJson = "[]",
                CreatedAt = t, UpdatedAt = t,
            };
            scope.Db.Runs.Add(run);
        }

        var incoming = evt.Run.Facets.IsEmpty ? (JsonElement?)null : JsonSerializer.SerializeToElement(evt.Run.Facets, OpenLineageJson.Options);
        var merged = FacetMerge.Merge(run.FacetsJson, incoming);
        run.FacetsJson = merged.ToJsonString();
        var facets = DatasetProjector.Typed<RunFacets>(merged);
        run.ParentRunId = facets?.Parent?.Run?.RunId ?? run.ParentRunId;
        if (facets?.NominalTime is { } nominal)
        {
            run.NominalStartTime = nominal.TryGetNominalStartTime(out var start) ? start.UtcDateTime : run.NominalStartTime;
            run.NominalEndTime = nominal.TryGetNominalEndTime(out var end) ? end.UtcDateTime : run.NominalEndTime;
        }

        run.InputsJson = DatasetKeys.Write(DatasetKeys.Read(run.InputsJson).Concat(inputs));
        run.OutputsJson = DatasetKeys.Write(DatasetKeys.Read(run.OutputsJson).Concat(outputs));
        run.CreatedAt = ProjectionScope.Earlier(run.CreatedAt, t);
        run.UpdatedAt = ProjectionScope.Later(run.UpdatedAt, t);

        if (evt.EventType is { Length: > 0 } state)
        {
            RecordState(scope, run, state.ToUpperInvariant(), t);
        }

        if (job.LatestRunId is null || t >= job.UpdatedAt)
        {
            job.LatestRunId = run.RunId;
        }

        return run;
    }

    private static void RecordState(ProjectionScope scope, RunEntity run, string state, DateTime t)
    {
        run.States.Add(new RunStateTransition { State = state, TransitionedAt = t, RawEventId = scope.Raw.Id });
        if (run.StateAt is null || t >= run.StateAt)
        {
            run.State = state;
            run.StateAt = t;
        }

        switch (state)
        {
            case EventTypes.Start:
                run.StartedAt = run.StartedAt is { } s ? ProjectionScope.Earlier(s, t) : t;
                break;
            case EventTypes.Complete or EventTypes.Fail or EventTypes.Abort:
                run.EndedAt = run.EndedAt is { } e ? ProjectionScope.Later(e, t) : t;
                break;
        }
    }
}
