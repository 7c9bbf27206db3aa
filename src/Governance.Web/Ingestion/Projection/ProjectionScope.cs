using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Ingestion.Projection;

/// <summary>
/// The unit of work for projecting one event: finds or creates namespaces, datasets and jobs once
/// each, so an event naming the same dataset twice does not create it twice before saving.
/// </summary>
internal sealed class ProjectionScope(GovernanceDbContext db, RawEvent raw, DateTime eventTime)
{
    private readonly Dictionary<string, NamespaceEntity> _namespaces = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), DatasetEntity> _datasets = [];
    private readonly Dictionary<(string, string), JobEntity> _jobs = [];

    public GovernanceDbContext Db => db;
    public RawEvent Raw => raw;
    public DateTime EventTime => eventTime;

    public async Task<NamespaceEntity> NamespaceAsync(string name, CancellationToken ct)
    {
        if (!_namespaces.TryGetValue(name, out var ns))
        {
            ns = await db.Namespaces.FirstOrDefaultAsync(n => n.Name == name, ct);
            if (ns is null)
            {
                ns = new NamespaceEntity { Name = name, CreatedAt = eventTime, UpdatedAt = eventTime };
                db.Namespaces.Add(ns);
            }

            _namespaces[name] = ns;
        }

        Touch(ns);
        return ns;
    }

    public async Task<(DatasetEntity Dataset, bool Created)> DatasetAsync(string @namespace, string name, CancellationToken ct)
    {
        if (_datasets.TryGetValue((@namespace, name), out var known))
        {
            return (known, false);
        }

        var ns = await NamespaceAsync(@namespace, ct);
        var dataset = ns.Id == 0 ? null : await db.Datasets.FirstOrDefaultAsync(d => d.NamespaceId == ns.Id && d.Name == name, ct);
        var created = dataset is null;
        dataset ??= db.Datasets.Add(new DatasetEntity
        {
            Namespace = ns, Name = name, FacetsJson = "{}", CreatedAt = eventTime, UpdatedAt = eventTime,
        }).Entity;
        _datasets[(@namespace, name)] = dataset;
        return (dataset, created);
    }

    public async Task<JobEntity> JobAsync(string @namespace, string name, CancellationToken ct)
    {
        if (_jobs.TryGetValue((@namespace, name), out var known))
        {
            return known;
        }

        var ns = await NamespaceAsync(@namespace, ct);
        var job = (ns.Id == 0 ? null : await db.Jobs.FirstOrDefaultAsync(j => j.NamespaceId == ns.Id && j.Name == name, ct))
            ?? db.Jobs.Add(new JobEntity
            {
                Namespace = ns, Name = name, FacetsJson = "{}", CreatedAt = eventTime, UpdatedAt = eventTime,
            }).Entity;
        _jobs[(@namespace, name)] = job;
        return job;
    }

    /// <summary>Moves <c>UpdatedAt</c> forward only: a late event does not make a thing look older.</summary>
    public void Touch(NamespaceEntity ns) => ns.UpdatedAt = Later(ns.UpdatedAt, eventTime);

    public static DateTime Later(DateTime a, DateTime b) => a >= b ? a : b;

    public static DateTime Earlier(DateTime a, DateTime b) => a <= b ? a : b;
}
