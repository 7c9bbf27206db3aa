using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Catalog;

/// <summary>
/// Every (namespace, name) a dataset is known by: its own and its symlinks. A stored event may name
/// the dataset by any of them, so reading an event's facets about the dataset means matching all.
/// </summary>
internal sealed class DatasetIdentities
{
    private readonly HashSet<(string Namespace, string Name)> _identities;

    private DatasetIdentities(IEnumerable<(string, string)> identities) => _identities = [.. identities];

    /// <summary>The names alone, e.g. the topic names a consumer group's lag report may use.</summary>
    public IReadOnlySet<string> Names => _identities.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);

    public bool Contains(string? @namespace, string? name) =>
        @namespace is not null && name is not null && _identities.Contains((@namespace, name));

    public static async Task<DatasetIdentities> LoadAsync(GovernanceDbContext db, DatasetEntity dataset, CancellationToken ct)
    {
        var symlinks = await db.DatasetSymlinks.AsNoTracking().Where(s => s.DatasetId == dataset.Id)
            .Select(s => new { s.Namespace, s.Name }).ToListAsync(ct);
        return new DatasetIdentities(symlinks.Select(s => (s.Namespace, s.Name)).Append((dataset.Namespace.Name, dataset.Name)));
    }
}
