using Governance.Model.Contracts;
using Governance.Model.Naming;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Contracts;

/// <summary>
/// Finds the catalog identity (OpenLineage namespace and name) of the topic a contract governs. A contract names its
/// topic but not always its cluster, so the namespace comes from the first source that settles it: the contract's
/// Kafka servers (the cluster the catalog already holds the topic on, when they name several), the namespace the
/// contract was filed under before (same topic), a dataset that reports the contract's subject, or the only dataset
/// of that name in the catalog. When none does, the namespace stays empty until a later revision settles it.
/// </summary>
internal static class ContractDatasets
{
    public static async Task<EntityId> ResolveAsync(GovernanceDbContext db, DataContract contract, ContractEntity? existing, CancellationToken ct)
    {
        if (contract.Dataset is not { } dataset)
        {
            return new EntityId(string.Empty, string.Empty);
        }

        var topic = dataset.TopicName;
        var fromServers = contract.Servers
            .Select(s => KafkaNaming.TryGetNamespace(s.Host, out var ns) ? ns : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (fromServers.Count == 1)
        {
            return new EntityId(fromServers[0], topic);
        }

        if (fromServers.Count > 1)
        {
            var cataloged = await db.Datasets.AsNoTracking()
                .Where(d => d.Name == topic && fromServers.Contains(d.Namespace.Name))
                .Select(d => d.Namespace.Name).ToListAsync(ct);
            return new EntityId(fromServers.FirstOrDefault(cataloged.Contains) ?? fromServers[0], topic);
        }

        if (existing is { DatasetNamespace.Length: > 0 } && existing.DatasetName == topic)
        {
            return new EntityId(existing.DatasetNamespace, topic);
        }

        if (contract.SchemaReference is { Subject.Length: > 0 } reference)
        {
            var reporting = await RegistrySubjects.DatasetsReportingAsync(db, reference.Subject, limit: 10, ct);
            if (reporting.FirstOrDefault(d => d.Name == topic) is { } match)
            {
                return match;
            }
        }

        var sameName = await db.Datasets.AsNoTracking()
            .Where(d => d.Name == topic && d.DeletedAt == null)
            .Select(d => d.Namespace.Name).Take(2).ToListAsync(ct);
        return new EntityId(sameName.Count == 1 ? sameName[0] : string.Empty, topic);
    }
}
