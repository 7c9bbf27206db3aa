using Governance.Model.OpenLineage;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Governance.Web.Data.Entities;

namespace Governance.Web.Ingestion.Projection;

/// <summary>
/// Turns one accepted event into the catalog: namespaces, datasets (with versions and fields),
/// jobs (with versions), runs (with state history) and lineage edges (with validity intervals).
/// The caller saves, in the same transaction as the raw event.
/// </summary>
internal static class LineageProjector
{
    public static async Task ProjectAsync(GovernanceDbContext db, RawEvent raw, OpenLineageEvent evt, DateTime eventTime, CancellationToken ct)
    {
        var scope = new ProjectionScope(db, raw, eventTime);
        switch (evt)
        {
            case RunEvent run:
                await ProjectRunAsync(scope, run, ct);
                break;
            case JobEvent job:
                await ProjectJobAsync(scope, job, ct);
                break;
            case DatasetEvent dataset:
                await DatasetProjector.ApplyAsync(scope, dataset.Dataset, runId: null, ct);
                break;
            default:
                throw new InvalidOperationException($"Unsupported event type {evt.GetType().Name}.");
        }

        await RawEventLinkProjector.ApplyAsync(scope, evt, ct);
    }

    private static async Task ProjectRunAsync(ProjectionScope scope, RunEvent evt, CancellationToken ct)
    {
        var job = await JobProjector.ApplyAsync(scope, evt.Job, ct);
        scope.Raw.Job = job;
        var inputs = await ApplyDatasetsAsync(scope, evt.Inputs, evt.Run.RunId, ct);
        var outputs = await ApplyDatasetsAsync(scope, evt.Outputs, evt.Run.RunId, ct);
        var run = await RunProjector.ApplyAsync(scope, evt, job, Ids(evt.Inputs), Ids(evt.Outputs), ct);

        await EdgeProjector.OpenAsync(scope, job, inputs, EdgeDirection.Input, ct);
        await EdgeProjector.OpenAsync(scope, job, outputs, EdgeDirection.Output, ct);

        // Only a successful completion tells the whole story of what the run read and wrote.
        var complete = string.Equals(evt.EventType, EventTypes.Complete, StringComparison.OrdinalIgnoreCase);
        if (complete || job.CurrentVersion == 0 && (inputs.Count > 0 || outputs.Count > 0))
        {
            var allInputs = DatasetKeys.Read(run.InputsJson);
            var allOutputs = DatasetKeys.Read(run.OutputsJson);
            if (complete)
            {
                await EdgeProjector.CloseMissingAsync(scope, job,
                    await ResolveAsync(scope, allInputs, ct), await ResolveAsync(scope, allOutputs, ct), ct);
            }

            await JobVersioning.ApplyAsync(scope, job, allInputs, allOutputs, run.RunId, ct);
        }
    }

    private static async Task ProjectJobAsync(ProjectionScope scope, JobEvent evt, CancellationToken ct)
    {
        // A JobEvent declares a job's static lineage: its inputs and outputs are complete by definition.
        var job = await JobProjector.ApplyAsync(scope, evt.Job, ct);
        scope.Raw.Job = job;
        var inputs = await ApplyDatasetsAsync(scope, evt.Inputs, runId: null, ct);
        var outputs = await ApplyDatasetsAsync(scope, evt.Outputs, runId: null, ct);
        await EdgeProjector.OpenAsync(scope, job, inputs, EdgeDirection.Input, ct);
        await EdgeProjector.OpenAsync(scope, job, outputs, EdgeDirection.Output, ct);
        await EdgeProjector.CloseMissingAsync(scope, job, inputs.ToHashSet(), outputs.ToHashSet(), ct);
        if (inputs.Count > 0 || outputs.Count > 0)
        {
            await JobVersioning.ApplyAsync(scope, job, Ids(evt.Inputs), Ids(evt.Outputs), runId: null, ct);
        }
    }

    private static async Task<List<DatasetEntity>> ApplyDatasetsAsync(
        ProjectionScope scope, IEnumerable<Dataset>? datasets, string? runId, CancellationToken ct)
    {
        var result = new List<DatasetEntity>();
        foreach (var dataset in datasets ?? [])
        {
            result.Add(await DatasetProjector.ApplyAsync(scope, dataset, runId, ct));
        }

        return result;
    }

    private static async Task<HashSet<DatasetEntity>> ResolveAsync(ProjectionScope scope, IEnumerable<EntityId> ids, CancellationToken ct)
    {
        var result = new HashSet<DatasetEntity>();
        foreach (var id in ids)
        {
            result.Add((await scope.DatasetAsync(id.Namespace, id.Name, ct)).Dataset);
        }

        return result;
    }

    private static IEnumerable<EntityId> Ids(IEnumerable<Dataset>? datasets) =>
        (datasets ?? []).Select(d => new EntityId(d.Namespace, d.Name));
}
