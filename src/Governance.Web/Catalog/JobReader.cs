using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Catalog;

/// <summary>Reads jobs with their current inputs, outputs and latest run, and their run history.</summary>
public sealed class JobReader(IDbContextFactory<GovernanceDbContext> contexts)
{
    public async Task<JobList?> ListAsync(string @namespace, Paging paging, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ns = await db.Namespaces.AsNoTracking().FirstOrDefaultAsync(n => n.Name == @namespace, ct);
        if (ns is null)
        {
            return null;
        }

        var query = db.Jobs.AsNoTracking().Where(j => j.NamespaceId == ns.Id);
        var total = await query.CountAsync(ct);
        var page = await query.OrderBy(j => j.Name).Skip(paging.Offset).Take(paging.Limit).ToListAsync(ct);
        return new JobList(total, await ToDtosAsync(db, ns.Name, page, ct));
    }

    public async Task<JobDto?> GetAsync(string @namespace, string name, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var job = await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Namespace.Name == @namespace && j.Name == name, ct);
        return job is null ? null : (await ToDtosAsync(db, @namespace, [job], ct))[0];
    }

    public async Task<RunList?> ListRunsAsync(string @namespace, string name, Paging paging, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var job = await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Namespace.Name == @namespace && j.Name == name, ct);
        if (job is null)
        {
            return null;
        }

        var query = db.Runs.AsNoTracking().Where(r => r.JobId == job.Id);
        var total = await query.CountAsync(ct);
        var runs = await query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Skip(paging.Offset).Take(paging.Limit).ToListAsync(ct);
        return new RunList(total, runs.Select(ToDto).ToList());
    }

    private static async Task<IReadOnlyList<JobDto>> ToDtosAsync(
        GovernanceDbContext db, string @namespace, IReadOnlyList<JobEntity> jobs, CancellationToken ct)
    {
        var jobIds = jobs.Select(j => j.Id).ToList();
        var edges = (await (from e in db.LineageEdges.AsNoTracking()
                            where jobIds.Contains(e.JobId) && e.ValidTo == null
                            join d in db.Datasets on e.DatasetId equals d.Id
                            select new { e.JobId, e.Direction, d.Name, Namespace = d.Namespace.Name })
                .ToListAsync(ct))
            .ToLookup(e => e.JobId);
        var runIds = jobs.Where(j => j.LatestRunId != null).Select(j => j.LatestRunId!).ToList();
        var latestRuns = await db.Runs.AsNoTracking().Where(r => runIds.Contains(r.RunId)).ToDictionaryAsync(r => r.RunId, ct);

        return jobs.Select(j =>
        {
            var jobEdges = edges[j.Id].OrderBy(e => e.Namespace).ThenBy(e => e.Name).ToList();
            return new JobDto(
                new EntityId(@namespace, j.Name), j.Type, j.Name, SimpleName(j.Name), j.CreatedAt, j.UpdatedAt, @namespace,
                jobEdges.Where(e => e.Direction == EdgeDirection.Input).Select(e => new EntityId(e.Namespace, e.Name)).ToList(),
                jobEdges.Where(e => e.Direction == EdgeDirection.Output).Select(e => new EntityId(e.Namespace, e.Name)).ToList(),
                j.Description, j.Integration,
                j.LatestRunId is { } runId && latestRuns.TryGetValue(runId, out var run) ? ToDto(run) : null,
                JsonColumns.Element(j.FacetsJson),
                j.CurrentVersion > 0 ? j.CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        }).ToList();
    }

    private static string SimpleName(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot >= 0 && dot < name.Length - 1 ? name[(dot + 1)..] : name;
    }

    internal static RunDto ToDto(RunEntity run) => new(
        run.RunId, run.CreatedAt, run.UpdatedAt, run.NominalStartTime, run.NominalEndTime,
        RunStates.ToMarquez(run.State), run.StartedAt, run.EndedAt,
        run is { StartedAt: { } s, EndedAt: { } e } ? (long)(e - s).TotalMilliseconds : null,
        run.ParentRunId, JsonColumns.Element(run.FacetsJson));
}
