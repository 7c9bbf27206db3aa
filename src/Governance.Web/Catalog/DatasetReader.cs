using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Catalog;

/// <summary>
/// Reads datasets with their current fields (and the fields' tags), producers and consumers, owners,
/// domains, classifications and topic facts (batched per page, no N+1).
/// </summary>
public sealed class DatasetReader(IDbContextFactory<GovernanceDbContext> contexts)
{
    public async Task<DatasetList?> ListAsync(string @namespace, Paging paging, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ns = await db.Namespaces.AsNoTracking().FirstOrDefaultAsync(n => n.Name == @namespace, ct);
        if (ns is null)
        {
            return null;
        }

        var query = db.Datasets.AsNoTracking().Where(d => d.NamespaceId == ns.Id);
        var total = await query.CountAsync(ct);
        var page = await query.OrderBy(d => d.Name).Skip(paging.Offset).Take(paging.Limit).ToListAsync(ct);
        return new DatasetList(total, await ToDtosAsync(db, ns.Name, page, ct));
    }

    public async Task<DatasetDto?> GetAsync(string @namespace, string name, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var dataset = await FindAsync(db, @namespace, name, ct);
        return dataset is null ? null : (await ToDtosAsync(db, dataset.Namespace.Name, [dataset], ct))[0];
    }

    /// <summary>
    /// The dataset stored under this identity, or the one it is another integration's name for (a
    /// symlink); its <see cref="DatasetEntity.Namespace"/> is loaded.
    /// </summary>
    internal static async Task<DatasetEntity?> FindAsync(GovernanceDbContext db, string @namespace, string name, CancellationToken ct) =>
        await db.Datasets.AsNoTracking().Include(d => d.Namespace)
            .FirstOrDefaultAsync(d => d.Namespace.Name == @namespace && d.Name == name, ct)
        ?? await db.Datasets.AsNoTracking().Include(d => d.Namespace)
            .Where(d => db.DatasetSymlinks.Any(s => s.DatasetId == d.Id && s.Namespace == @namespace && s.Name == name))
            .FirstOrDefaultAsync(ct);

    private static async Task<IReadOnlyList<DatasetDto>> ToDtosAsync(
        GovernanceDbContext db, string @namespace, IReadOnlyList<DatasetEntity> datasets, CancellationToken ct)
    {
        var datasetIds = datasets.Select(d => d.Id).ToList();
        var currentVersionIds = await (from v in db.DatasetVersions
                                       join d in db.Datasets on v.DatasetId equals d.Id
                                       where datasetIds.Contains(d.Id) && v.Version == d.CurrentVersion
                                       select new { v.Id, v.DatasetId })
            .ToDictionaryAsync(v => v.DatasetId, v => v.Id, ct);
        var versionIds = currentVersionIds.Values.ToList();
        var fields = (await db.DatasetFields.AsNoTracking().Where(f => versionIds.Contains(f.DatasetVersionId))
                .OrderBy(f => f.Ordinal).ToListAsync(ct))
            .ToLookup(f => f.DatasetVersionId);

        var edges = await (from e in db.LineageEdges.AsNoTracking()
                           where datasetIds.Contains(e.DatasetId) && e.ValidTo == null
                           join j in db.Jobs on e.JobId equals j.Id
                           select new { e.DatasetId, e.Direction, j.Name, Namespace = j.Namespace.Name })
            .ToListAsync(ct);
        var edgesByDataset = edges.ToLookup(e => e.DatasetId);
        var names = datasets.Select(d => d.Name).ToList();
        var contracts = (await db.Contracts.AsNoTracking()
                .Where(c => c.DatasetNamespace == @namespace && names.Contains(c.DatasetName)).OrderBy(c => c.Key)
                .Select(c => new { c.DatasetName, Contract = new DatasetContractDto(c.Key, c.Name, c.Status) })
                .ToListAsync(ct))
            .ToLookup(c => c.DatasetName, c => c.Contract);

        return datasets.Select(d =>
        {
            var facets = JsonColumns.Element(d.FacetsJson);
            var labels = CatalogLabels.FromFacets(facets);
            var datasetEdges = edgesByDataset[d.Id].OrderBy(e => e.Namespace).ThenBy(e => e.Name).ToList();
            var dto = new DatasetDto(
                new EntityId(@namespace, d.Name), d.Type, d.Name, d.Name, d.CreatedAt, d.UpdatedAt, @namespace, d.SourceName,
                currentVersionIds.TryGetValue(d.Id, out var versionId) ? FieldTree.Build(fields[versionId], DatasetFacetViews.FieldTags(labels)) : [],
                FacetReaders.Tags(facets),
                FacetReaders.LifecycleState(facets),
                d.Description, facets,
                d.CurrentVersion > 0 ? d.CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                d.DeletedAt != null,
                datasetEdges.Where(e => e.Direction == EdgeDirection.Output).Select(e => new EntityId(e.Namespace, e.Name)).ToList(),
                datasetEdges.Where(e => e.Direction == EdgeDirection.Input).Select(e => new EntityId(e.Namespace, e.Name)).ToList());
            return DatasetFacetViews.WithGovernance(dto, labels, facets) with { Contracts = contracts[d.Name].ToList() };
        }).ToList();
    }
}
