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

        var incoming = evt.Run.Facets is null ? (JsonElement?)null : JsonSerializer.SerializeToElement(evt.Run.Facets, OpenLineageJson.Options);
        var merged = FacetMerge.Merge(run.FacetsJson, incoming);
        run.FacetsJson = merged.ToJsonString();
        var facets = DatasetProjector.Typed<RunFacets>(merged);
        run.ParentRunId = facets?.Parent?.Run?.RunId ?? run.ParentRunId;
        if (facets?.NominalTime is { } nominal)
        {
            run.NominalStartTime = ParseInstant(nominal.NominalStartTime) ?? run.NominalStartTime;
            run.NominalEndTime = ParseInstant(nominal.NominalEndTime) ?? run.NominalEndTime;
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
            case RunEventTypes.Start:
                run.StartedAt = run.StartedAt is { } s ? ProjectionScope.Earlier(s, t) : t;
                break;
            case RunEventTypes.Complete or RunEventTypes.Fail or RunEventTypes.Abort:
                run.EndedAt = run.EndedAt is { } e ? ProjectionScope.Later(e, t) : t;
                break;
        }
    }

    private static DateTime? ParseInstant(string? value) =>
        DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.UtcDateTime
            : null;
}
