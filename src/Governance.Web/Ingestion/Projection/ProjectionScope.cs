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

    /// <summary>
    /// The dataset an event names: the one with that exact identity, else the one it is a symlink
    /// of, else a new one.
    /// </summary>
    public async Task<(DatasetEntity Dataset, bool Created)> DatasetAsync(string @namespace, string name, CancellationToken ct)
    {
        if (_datasets.TryGetValue((@namespace, name), out var known))
        {
            return (known, false);
        }

        var dataset = await FindDatasetAsync(@namespace, name, ct) ?? await FindBySymlinkAsync(@namespace, name, ct);
        var created = dataset is null;
        if (dataset is null)
        {
            var ns = await NamespaceAsync(@namespace, ct);
            dataset = db.Datasets.Add(new DatasetEntity
            {
                Namespace = ns, Name = name, FacetsJson = "{}", CreatedAt = eventTime, UpdatedAt = eventTime,
            }).Entity;
        }

        _datasets[(@namespace, name)] = dataset;
        return (dataset, created);
    }

    /// <summary>The dataset stored under exactly this identity, if any (not following symlinks).</summary>
    public async Task<DatasetEntity?> FindDatasetAsync(string @namespace, string name, CancellationToken ct) =>
        db.Datasets.Local.FirstOrDefault(d => d.Name == name && d.Namespace?.Name == @namespace)
        ?? await db.Datasets.Include(d => d.Namespace).FirstOrDefaultAsync(d => d.Namespace.Name == @namespace && d.Name == name, ct);

    /// <summary>Routes an alias identity to its dataset from now on in this event.</summary>
    public void Alias(string @namespace, string name, DatasetEntity dataset) => _datasets[(@namespace, name)] = dataset;

    private async Task<DatasetEntity?> FindBySymlinkAsync(string @namespace, string name, CancellationToken ct)
    {
        var link = db.DatasetSymlinks.Local.FirstOrDefault(s => s.Namespace == @namespace && s.Name == name)
            ?? await db.DatasetSymlinks.Include(s => s.Dataset).ThenInclude(d => d.Namespace)
                .FirstOrDefaultAsync(s => s.Namespace == @namespace && s.Name == name, ct);
        return link?.Dataset;
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
