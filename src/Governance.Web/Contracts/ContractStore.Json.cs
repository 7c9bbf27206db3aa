using Governance.Model.Contracts;
using Governance.Model.Contracts.Odcs;
using Governance.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Contracts;

/// <summary>Submissions in the JSON shape, which revise on top of the latest revision.</summary>
public sealed partial class ContractStore
{
    /// <summary>
    /// Reads a contract in its JSON shape and saves it. Members the shape does not carry (roles, support, custom
    /// properties, other SLA properties, …) are kept from the contract's latest live revision.
    /// </summary>
    public async Task<ContractSaveResult> SaveDocumentAsync(ContractDocumentDto document, string actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        var basis = string.IsNullOrWhiteSpace(document.Id) ? null : await LatestAsync(document.Id.Trim(), ct);
        var (contract, problems) = ContractDocumentReader.Read(document, basis);
        return contract is null ? ContractSaveResult.Invalid(problems) : await SaveAsync(contract, actor, ct);
    }

    /// <summary>
    /// The contract as its latest live revision has it (the pending one, else the one in force): what a new revision
    /// builds on. Null for a contract not saved yet.
    /// </summary>
    public async Task<DataContract?> LatestAsync(string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var document = await LatestDocumentAsync(db, key, ct);
        return document is null ? null : OdcsYaml.Import(document).Contract;
    }

    private static async Task<string?> LatestDocumentAsync(GovernanceDbContext db, string key, CancellationToken ct) =>
        await db.ContractRevisions.AsNoTracking()
            .Where(r => r.Contract.Key == key && (r.Review == ContractStates.Pending || r.Revision == r.Contract.CurrentRevision))
            .OrderByDescending(r => r.Review == ContractStates.Pending).ThenByDescending(r => r.Revision)
            .Select(r => r.Document)
            .FirstOrDefaultAsync(ct);
}
