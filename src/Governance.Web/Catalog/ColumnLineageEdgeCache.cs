using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Catalog;

/// <summary>Column lineage edges and field types of the datasets a walk touches, loaded once per dataset.</summary>
internal sealed class ColumnLineageEdgeCache(GovernanceDbContext db, DateTime? asOf)
{
    private readonly Dictionary<(string, string), List<Row>> _upstream = [];
    private readonly Dictionary<(string, string), List<Row>> _downstream = [];
    private readonly Dictionary<(string, string), Dictionary<string, string?>> _fieldTypes = [];

    /// <summary>An edge: <see cref="Output"/> is computed from (or filtered by) <see cref="Input"/>.</summary>
    public sealed record Row(FieldKey Output, FieldKey Input, string? Type, string? Subtype, string? Description, bool? Masking);

    /// <summary>Whether the catalog holds the dataset, or some edge names it as an input.</summary>
    public async Task<bool> IsKnownAsync(string ns, string name, CancellationToken ct) =>
        await db.Datasets.AnyAsync(d => d.Namespace.Name == ns && d.Name == name, ct)
        || (await DownstreamAsync(ns, name, ct)).Count > 0;

    /// <summary>Every field of a dataset: its current schema plus any field its edges name.</summary>
    public async Task<IReadOnlyCollection<FieldKey>> AllFieldsAsync(string ns, string name, CancellationToken ct)
    {
        var fields = (await FieldTypesAsync(ns, name, ct)).Keys.Select(f => new FieldKey(ns, name, f))
            .Concat((await UpstreamAsync(ns, name, ct)).Select(r => r.Output))
            .Concat((await DownstreamAsync(ns, name, ct)).Select(r => r.Input));
        return fields.ToHashSet();
    }

    /// <summary>Edges into the fields of the dataset (ns, name).</summary>
    public async Task<List<Row>> UpstreamAsync(string ns, string name, CancellationToken ct)
    {
        if (!_upstream.TryGetValue((ns, name), out var rows))
        {
            rows = await Active().Where(e => e.OutputDataset.Namespace.Name == ns && e.OutputDataset.Name == name)
                .Select(e => new Row(new FieldKey(ns, name, e.OutputField), new FieldKey(e.InputNamespace, e.InputName, e.InputField),
                    e.TransformationType, e.TransformationSubtype, e.TransformationDescription, e.Masking))
                .ToListAsync(ct);
            _upstream[(ns, name)] = rows;
        }

        return rows;
    }

    /// <summary>Edges out of the fields of the dataset (ns, name).</summary>
    public async Task<List<Row>> DownstreamAsync(string ns, string name, CancellationToken ct)
    {
        if (!_downstream.TryGetValue((ns, name), out var rows))
        {
            rows = await Active().Where(e => e.InputNamespace == ns && e.InputName == name)
                .Select(e => new Row(new FieldKey(e.OutputDataset.Namespace.Name, e.OutputDataset.Name, e.OutputField),
                    new FieldKey(ns, name, e.InputField),
                    e.TransformationType, e.TransformationSubtype, e.TransformationDescription, e.Masking))
                .ToListAsync(ct);
            _downstream[(ns, name)] = rows;
        }

        return rows;
    }

    /// <summary>Field path → type in the dataset's current version; empty when the catalog has no schema for it.</summary>
    public async Task<Dictionary<string, string?>> FieldTypesAsync(string ns, string name, CancellationToken ct)
    {
        if (!_fieldTypes.TryGetValue((ns, name), out var types))
        {
            var fields = await db.DatasetVersions.AsNoTracking()
                .Where(v => v.Dataset.Namespace.Name == ns && v.Dataset.Name == name && v.Version == v.Dataset.CurrentVersion)
                .SelectMany(v => v.Fields).Select(f => new { f.Path, f.Type }).ToListAsync(ct);
            types = fields.DistinctBy(f => f.Path).ToDictionary(f => f.Path, f => f.Type, StringComparer.Ordinal);
            _fieldTypes[(ns, name)] = types;
        }

        return types;
    }

    private IQueryable<ColumnLineageEdge> Active()
    {
        var edges = db.ColumnLineageEdges.AsNoTracking();
        return asOf is { } t
            ? edges.Where(e => e.ValidFrom <= t && (e.ValidTo == null || e.ValidTo > t))
            : edges.Where(e => e.ValidTo == null);
    }
}
