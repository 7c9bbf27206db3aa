using Governance.Model.Contracts;
using Governance.Model.Contracts.Odcs;
using Governance.Web.Catalog;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Contracts;

/// <summary>What to list: every filter is optional; text matches key, name, topic, subject and owner (case-insensitive).</summary>
/// <param name="Status">DRAFT, ACTIVE or DEPRECATED (the status in force).</param>
/// <param name="PendingOnly">Only contracts with a revision waiting for a steward.</param>
public sealed record ContractQuery(string? Status = null, string? Owner = null, string? Namespace = null, string? Text = null, bool PendingOnly = false);

/// <summary>
/// Reads contracts for the API and the portal: listed with their open violations and pending reviews, one in full
/// with its registry-side counterpart, its revisions, and any revision's document.
/// </summary>
public sealed class ContractReader(IDbContextFactory<GovernanceDbContext> contexts)
{
    public async Task<ContractList> ListAsync(ContractQuery filter, Paging paging, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Contracts.AsNoTracking();
        if (ContractStates.Normalize(filter.Status) is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Owner))
        {
            var owner = filter.Owner.Trim().ToLowerInvariant();
            query = query.Where(c => c.Owner != null && c.Owner.ToLower() == owner);
        }

        if (!string.IsNullOrWhiteSpace(filter.Namespace))
        {
            query = query.Where(c => c.DatasetNamespace == filter.Namespace.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim().ToLowerInvariant();
            query = query.Where(c => c.Key.ToLower().Contains(text) || c.Name.ToLower().Contains(text) || c.DatasetName.ToLower().Contains(text)
                                     || (c.Subject != null && c.Subject.ToLower().Contains(text)) || (c.Owner != null && c.Owner.ToLower().Contains(text)));
        }

        if (filter.PendingOnly)
        {
            query = query.Where(c => db.ContractRevisions.Any(r => r.ContractId == c.Id && r.Review == ContractStates.Pending));
        }

        var total = await query.CountAsync(ct);
        var rows = await Summaries(db, query.OrderBy(c => c.Name).ThenBy(c => c.Key).Skip(paging.Offset).Take(paging.Limit)).ToListAsync(ct);
        return new ContractList(total, rows);
    }

    /// <summary>The contracts governing a dataset (normally one), for the dataset page.</summary>
    public async Task<IReadOnlyList<ContractSummaryDto>> ForDatasetAsync(string @namespace, string name, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Summaries(db, db.Contracts.AsNoTracking().Where(c => c.DatasetNamespace == @namespace && c.DatasetName == name).OrderBy(c => c.Key))
            .ToListAsync(ct);
    }

    /// <summary>One contract in full for the portal, or null when there is none with this key.</summary>
    public async Task<ContractView?> GetAsync(string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var summary = await Summaries(db, db.Contracts.AsNoTracking().Where(c => c.Key == key)).FirstOrDefaultAsync(ct);
        if (summary is null)
        {
            return null;
        }

        var rows = await db.ContractRevisions.AsNoTracking()
            .Where(r => r.Contract.Key == key && (r.Revision == summary.CurrentRevision || r.Review == ContractStates.Pending
                        || r.Revision == db.ContractRevisions.Where(x => x.ContractId == r.ContractId).Max(x => x.Revision)))
            .ToListAsync(ct);
        var current = rows.FirstOrDefault(r => r.Revision == summary.CurrentRevision);
        var pending = rows.FirstOrDefault(r => r.Review == ContractStates.Pending);
        var shown = current ?? pending ?? rows.MaxBy(r => r.Revision)!;
        var (dataset, facets) = await DatasetAsync(db, summary, ct);
        return new ContractView(
            summary, current is null ? null : Revision(current, summary.CurrentRevision), pending is null ? null : Revision(pending, summary.CurrentRevision),
            dataset, Import(shown), RegistryContracts.FromFacets(facets));
    }

    /// <summary>The revisions of a contract, newest first; null when there is no such contract.</summary>
    public async Task<IReadOnlyList<ContractRevisionDto>?> RevisionsAsync(string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var current = await db.Contracts.Where(c => c.Key == key).Select(c => (int?)c.CurrentRevision).FirstOrDefaultAsync(ct);
        if (current is null)
        {
            return null;
        }

        return await db.ContractRevisions.AsNoTracking().Where(r => r.Contract.Key == key).OrderByDescending(r => r.Revision)
            .Select(r => new ContractRevisionDto(r.Revision, r.Version, r.Status, r.Review, r.CreatedBy, r.CreatedAt, r.ReviewedBy, r.ReviewedAt,
                r.ReviewComment, r.DocumentHash, r.Revision == current))
            .ToListAsync(ct);
    }

    /// <summary>The ODCS YAML of one revision; null when the contract or the revision does not exist.</summary>
    public async Task<string?> RevisionDocumentAsync(string key, int revision, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ContractRevisions.AsNoTracking().Where(r => r.Contract.Key == key && r.Revision == revision)
            .Select(r => r.Document).FirstOrDefaultAsync(ct);
    }

    private static IQueryable<ContractSummaryDto> Summaries(GovernanceDbContext db, IQueryable<ContractEntity> contracts) =>
        contracts.Select(c => new ContractSummaryDto(
            c.Key, c.Name, c.Status, c.CurrentRevision,
            db.ContractRevisions.Where(r => r.ContractId == c.Id && r.Review == ContractStates.Pending).Select(r => (int?)r.Revision).FirstOrDefault(),
            db.ContractRevisions.Where(r => r.ContractId == c.Id && r.Review == ContractStates.Pending).Select(r => r.Status).FirstOrDefault(),
            c.Owner, c.Subject, new EntityId(c.DatasetNamespace, c.DatasetName),
            db.ContractViolations.Count(v => v.ContractId == c.Id && v.ResolvedAt == null),
            c.CreatedAt, c.UpdatedAt));

    private static async Task<(ContractDatasetLinkDto? Link, System.Text.Json.JsonElement? Facets)> DatasetAsync(
        GovernanceDbContext db, ContractSummaryDto summary, CancellationToken ct)
    {
        if (summary.Dataset.Name.Length == 0)
        {
            return (null, null);
        }

        var facets = summary.Dataset.Namespace.Length == 0 ? null : await db.Datasets.AsNoTracking()
            .Where(d => d.Namespace.Name == summary.Dataset.Namespace && d.Name == summary.Dataset.Name)
            .Select(d => d.FacetsJson).FirstOrDefaultAsync(ct);
        var apiUrl = facets is null ? null
            : $"/api/v1/namespaces/{Uri.EscapeDataString(summary.Dataset.Namespace)}/datasets/{Uri.EscapeDataString(summary.Dataset.Name)}";
        return (new ContractDatasetLinkDto(summary.Dataset.Namespace, summary.Dataset.Name, facets is not null, apiUrl), JsonColumns.Element(facets));
    }

    internal static ContractRevisionDto Revision(ContractRevision r, int current) =>
        new(r.Revision, r.Version, r.Status, r.Review, r.CreatedBy, r.CreatedAt, r.ReviewedBy, r.ReviewedAt, r.ReviewComment, r.DocumentHash, r.Revision == current);

    // Stored documents are the exporter's output, which always imports; anything else is a corrupt store.
    private static DataContract Import(ContractRevision revision) => OdcsYaml.Import(revision.Document).Contract
        ?? throw new InvalidOperationException($"Revision {revision.Revision} of contract {revision.ContractId} holds a document that no longer imports.");
}
