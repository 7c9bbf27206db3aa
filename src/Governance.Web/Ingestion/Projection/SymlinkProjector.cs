using System.Text.Json.Nodes;
using Governance.Model.OpenLineage;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Ingestion.Projection;

/// <summary>
/// Applies a <c>symlinks</c> facet: every other identity it lists becomes an alias of the dataset,
/// and a dataset already stored under such an identity (reported earlier by another integration)
/// is merged into it, its lineage edges included, so the graph has one node for one topic.
/// </summary>
internal static class SymlinkProjector
{
    public static async Task ApplyAsync(ProjectionScope scope, DatasetEntity canonical, SymlinksDatasetFacet symlinks, CancellationToken ct)
    {
        foreach (var identifier in symlinks.Identifiers)
        {
            if (identifier.Namespace is not { Length: > 0 } ns || identifier.Name is not { Length: > 0 } name
                || (ns == canonical.Namespace.Name && name == canonical.Name))
            {
                continue;
            }

            await LinkAsync(scope, canonical, ns, name, ct);
            if (await scope.FindDatasetAsync(ns, name, ct) is { } alias && alias != canonical)
            {
                await MergeAsync(scope, alias, canonical, ct);
            }

            scope.Alias(ns, name, canonical);
        }
    }

    private static async Task LinkAsync(ProjectionScope scope, DatasetEntity canonical, string ns, string name, CancellationToken ct)
    {
        var link = scope.Db.DatasetSymlinks.Local.FirstOrDefault(s => s.Namespace == ns && s.Name == name)
            ?? await scope.Db.DatasetSymlinks.FirstOrDefaultAsync(s => s.Namespace == ns && s.Name == name, ct);
        if (link is null)
        {
            scope.Db.DatasetSymlinks.Add(new DatasetSymlink { Namespace = ns, Name = name, Dataset = canonical, CreatedAt = scope.EventTime });
        }
        else if (link.Dataset != canonical)
        {
            // The alias now belongs to another dataset (e.g. a topic recreated on another cluster).
            link.Dataset = canonical;
        }
    }

    private static async Task MergeAsync(ProjectionScope scope, DatasetEntity alias, DatasetEntity canonical, CancellationToken ct)
    {
        var db = scope.Db;
        if (alias.Id != 0)
        {
            await db.LineageEdges.Where(e => e.DatasetId == alias.Id).LoadAsync(ct);
            await db.DatasetSymlinks.Where(s => s.DatasetId == alias.Id).LoadAsync(ct);
        }

        foreach (var edge in db.LineageEdges.Local.Where(e => e.Dataset == alias).ToList())
        {
            edge.Dataset = canonical;
        }

        foreach (var link in db.DatasetSymlinks.Local.Where(s => s.Dataset == alias).ToList())
        {
            link.Dataset = canonical;
        }

        // What the other integration knew and the canonical view lacks (a schema, say) is kept.
        var facets = JsonNode.Parse(canonical.FacetsJson) as JsonObject ?? [];
        foreach (var (key, value) in JsonNode.Parse(alias.FacetsJson) as JsonObject ?? [])
        {
            if (!facets.ContainsKey(key))
            {
                facets[key] = value?.DeepClone();
            }
        }

        canonical.FacetsJson = facets.ToJsonString();
        canonical.Description ??= alias.Description;
        canonical.CreatedAt = ProjectionScope.Earlier(canonical.CreatedAt, alias.CreatedAt);
        db.Datasets.Remove(alias);
    }
}
