using System.Collections.Concurrent;
using Governance.Model.Contracts;
using Governance.Model.Contracts.Odcs;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Contracts.Enforcement;

/// <summary>A contract in force: its row and the content of its approved current revision.</summary>
/// <param name="Entity">The contract row (tracked or not, as the caller loaded it).</param>
/// <param name="Contract">The approved current revision's ODCS document, imported.</param>
public sealed record GovernedContract(ContractEntity Entity, DataContract Contract)
{
    /// <summary>The Schema Registry subject the contract governs, if it names one.</summary>
    public string? Subject => Contract.SchemaReference?.Subject ?? Entity.Subject;
}

/// <summary>
/// Finds the contracts enforcement applies: ACTIVE contracts whose current revision a steward
/// approved. The imported documents are cached by revision, since an approved revision never changes.
/// </summary>
public sealed partial class InForceContracts(ILogger<InForceContracts> logger)
{
    /// <summary>The lifecycle status enforced.</summary>
    public const string ActiveStatus = "ACTIVE";

    /// <summary>The review state of a revision that is in force.</summary>
    public const string ApprovedReview = "APPROVED";

    // Bounded only by the number of approved revisions read, which is small; cleared if it ever is not.
    private const int MaxCachedDocuments = 10_000;
    private readonly ConcurrentDictionary<long, DataContract?> _documents = new();

    /// <summary>Contracts governing any of the given dataset identities (names and symlinks of catalog datasets).</summary>
    public async Task<IReadOnlyList<GovernedContract>> ForDatasetsAsync(
        GovernanceDbContext db, IReadOnlyCollection<(string Namespace, string Name)> identities, CancellationToken ct)
    {
        if (identities.Count == 0)
        {
            return [];
        }

        var names = identities.Select(i => i.Name).Distinct().ToList();
        var candidates = await LoadAsync(db, db.Contracts.Where(c => names.Contains(c.DatasetName)), ct);
        return candidates.Where(c => identities.Contains((c.Entity.DatasetNamespace, c.Entity.DatasetName))).ToList();
    }

    /// <summary>Every contract in force.</summary>
    public Task<List<GovernedContract>> AllAsync(GovernanceDbContext db, CancellationToken ct) => LoadAsync(db, db.Contracts, ct);

    /// <summary>The contract with this key, if it is in force.</summary>
    public async Task<GovernedContract?> ByKeyAsync(GovernanceDbContext db, string key, CancellationToken ct) =>
        (await LoadAsync(db, db.Contracts.Where(c => c.Key == key), ct)).FirstOrDefault();

    /// <summary>Contracts in force that govern this Schema Registry subject.</summary>
    public async Task<IReadOnlyList<GovernedContract>> ForSubjectAsync(GovernanceDbContext db, string subject, CancellationToken ct)
    {
        // The column mirrors the document's subject; the document is the authority, so both are compared.
        var loaded = await LoadAsync(db, db.Contracts.Where(c => c.Subject == subject), ct);
        return loaded.Where(c => c.Subject == subject).ToList();
    }

    private async Task<List<GovernedContract>> LoadAsync(GovernanceDbContext db, IQueryable<ContractEntity> contracts, CancellationToken ct)
    {
        var rows = await (from c in contracts.AsNoTracking()
                          where c.Status == ActiveStatus
                          join r in db.ContractRevisions on c.Id equals r.ContractId
                          where r.Revision == c.CurrentRevision && r.Review == ApprovedReview
                          orderby c.Key
                          select new { Contract = c, RevisionId = r.Id })
            .ToListAsync(ct);
        var missing = rows.Select(r => r.RevisionId).Where(id => !_documents.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            if (_documents.Count + missing.Count > MaxCachedDocuments)
            {
                _documents.Clear();
            }

            var documents = await db.ContractRevisions.AsNoTracking().Where(r => missing.Contains(r.Id))
                .Select(r => new { r.Id, r.Document, Key = r.Contract.Key, r.Revision }).ToListAsync(ct);
            foreach (var document in documents)
            {
                _documents[document.Id] = Import(document.Key, document.Revision, document.Document);
            }
        }

        return rows
            .Select(r => (r.Contract, Document: _documents.GetValueOrDefault(r.RevisionId)))
            .Where(r => r.Document is not null)
            .Select(r => new GovernedContract(r.Contract, r.Document!))
            .ToList();
    }

    private DataContract? Import(string key, int revision, string document)
    {
        var result = OdcsYaml.Import(document);
        if (result.Contract is null)
        {
            // Approved revisions were validated when submitted; one that no longer imports cannot be enforced.
            LogUnreadable(logger, key, revision, string.Join("; ", result.Problems.Select(p => p.ToString())));
        }

        return result.Contract;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Contract {Key} revision {Revision} is not enforced: its document does not import ({Problems})")]
    private static partial void LogUnreadable(ILogger logger, string key, int revision, string problems);
}
