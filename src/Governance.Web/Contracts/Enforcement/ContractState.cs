using System.Text.Json;
using Governance.Model.OpenLineage;
using Governance.Model.OpenLineage.GovernanceFacets;
using Governance.Web.Catalog;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Contracts.Enforcement;

/// <summary>
/// What the catalog holds about a contract's dataset, read once per check: the dataset (with its
/// namespace and every name it is known by), its current schema's fields, its labels and the
/// contract subject's registry entry. The dataset may not be in the catalog yet.
/// </summary>
internal sealed class ContractState
{
    private ContractState(GovernedContract contract, DatasetEntity? dataset, DatasetIdentities? identities)
    {
        Contract = contract;
        Dataset = dataset;
        Identities = identities;
        if (dataset is null)
        {
            return;
        }

        using var document = JsonDocument.Parse(dataset.FacetsJson);
        var facets = document.RootElement;
        Labels = CatalogLabels.FromFacets(facets);
        if (facets.TryGetProperty("schema", out var schema) && schema.ValueKind == JsonValueKind.Object)
        {
            SchemaFields = Flatten(schema.Deserialize<SchemaDatasetFacet>(OpenLineageJson.Options));
        }

        if (facets.TryGetProperty(GovernanceFacets.SchemaRegistry.Key, out var registry))
        {
            Subject = RegistryFacet.Read(registry).FirstOrDefault(s => s.Subject == contract.Subject);
        }

        if (facets.TryGetProperty(GovernanceFacets.Topic.Key, out var topic) && topic.ValueKind == JsonValueKind.Object
            && topic.TryGetProperty("lastRecordAt", out var last) && last.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(last.GetString(), System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal, out var lastRecord))
        {
            LastRecordAt = lastRecord.UtcDateTime;
        }
    }

    public GovernedContract Contract { get; }

    /// <summary>The governed dataset (untracked, namespace loaded), or null while the catalog does not know it.</summary>
    public DatasetEntity? Dataset { get; }

    /// <summary>Every (namespace, name) the dataset is known by.</summary>
    public DatasetIdentities? Identities { get; }

    /// <summary>The canonical namespace: the dataset's, else the one the contract names.</summary>
    public string Namespace => Dataset?.Namespace.Name ?? Contract.Entity.DatasetNamespace;

    /// <summary>Fields of the current schema facet; null when the dataset has no schema facet.</summary>
    public IReadOnlyList<SchemaField>? SchemaFields { get; }

    public IReadOnlyList<CatalogLabel> Labels { get; } = [];

    /// <summary>The contract subject's entry in the dataset's registry facet, if the facet lists it.</summary>
    public RegistrySubject? Subject { get; }

    /// <summary>When the newest record the collector sampled was written (its topic facet's <c>lastRecordAt</c>).</summary>
    public DateTime? LastRecordAt { get; }

    public static async Task<ContractState> LoadAsync(GovernanceDbContext db, GovernedContract contract, CancellationToken ct)
    {
        var dataset = await DatasetReader.FindAsync(db, contract.Entity.DatasetNamespace, contract.Entity.DatasetName, ct);
        var identities = dataset is null ? null : await DatasetIdentities.LoadAsync(db, dataset, ct);
        return new ContractState(contract, dataset, identities);
    }

    /// <summary>The subject's versions known to the catalog before <paramref name="version"/>, oldest first.</summary>
    public Task<List<RegistrySchemaVersion>> PredecessorsAsync(GovernanceDbContext db, string subject, int version, CancellationToken ct) =>
        db.RegistrySchemaVersions.AsNoTracking()
            .Where(v => v.Namespace == Namespace && v.Subject == subject && v.Version < version)
            .OrderBy(v => v.Version)
            .ToListAsync(ct);

    /// <summary>
    /// The jobs reading the dataset now that stand for each consumer group: named after the group, or
    /// carrying it in their <c>governance_consumerGroup</c> facet (a connector's <c>connect-…</c> group).
    /// </summary>
    public async Task<Dictionary<string, long>> GroupJobsAsync(GovernanceDbContext db, IEnumerable<string> groups, CancellationToken ct)
    {
        var wanted = groups.ToHashSet(StringComparer.Ordinal);
        if (Dataset is null || wanted.Count == 0)
        {
            return [];
        }

        var consumers = await (from e in db.LineageEdges.AsNoTracking()
                               where e.DatasetId == Dataset.Id && e.Direction == EdgeDirection.Input && e.ValidTo == null
                               join j in db.Jobs on e.JobId equals j.Id
                               select new { j.Id, j.Name, j.FacetsJson })
            .Distinct().ToListAsync(ct);
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var job in consumers.OrderBy(j => j.Id))
        {
            foreach (var group in new[] { job.Name, ConsumerGroupId(job.FacetsJson) }.OfType<string>().Where(wanted.Contains))
            {
                result.TryAdd(group, job.Id);
            }
        }

        return result;
    }

    /// <summary>The newest lag report a job gave about this dataset, with the event that carried it.</summary>
    public async Task<(TopicLagReport Report, DateTime At, long EventId)?> LatestLagReportAsync(GovernanceDbContext db, long jobId, CancellationToken ct)
    {
        if (Dataset is null || Identities is null)
        {
            return null;
        }

        var latest = await (from l in db.RawEventDatasets
                            where l.DatasetId == Dataset.Id && l.Role == RawEventDatasetRole.Input
                            join r in db.RawEvents on l.RawEventId equals r.Id
                            where r.JobId == jobId && r.EventKind == "RunEvent" && r.Payload.Contains(LagFacets.Key)
                            orderby r.Id descending
                            select new { r.Id, r.EventTime, r.Payload })
            .FirstOrDefaultAsync(ct);
        return latest is not null && LagFacets.Read(latest.Payload, Identities) is { } report ? (report, latest.EventTime, latest.Id) : null;
    }

    /// <summary>
    /// The newest time an event reported the dataset itself or as a run's output: a producer's run
    /// writing it, or a topic report. Consumers reading it say nothing about new data, so their
    /// events do not count.
    /// </summary>
    public async Task<DateTime?> LastReportAsync(GovernanceDbContext db, CancellationToken ct)
    {
        if (Dataset is null)
        {
            return null;
        }

        return await (from l in db.RawEventDatasets
                      where l.DatasetId == Dataset.Id && l.Role != RawEventDatasetRole.Input
                      join r in db.RawEvents on l.RawEventId equals r.Id
                      select (DateTime?)r.EventTime)
            .MaxAsync(ct);
    }

    /// <summary>Whether the contract's dead-letter topic is in the catalog, next to the governed topic.</summary>
    public async Task<bool> DeadLetterPresentAsync(GovernanceDbContext db, string topic, CancellationToken ct)
    {
        foreach (var ns in new[] { Namespace, Contract.Entity.DatasetNamespace }.Distinct(StringComparer.Ordinal))
        {
            if (await DatasetReader.FindAsync(db, ns, topic, ct) is { DeletedAt: null })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <c>groupId</c> of a job's <c>governance_consumerGroup</c> facet, if any.</summary>
    public static string? ConsumerGroupId(string? facetsJson)
    {
        if (string.IsNullOrWhiteSpace(facetsJson))
        {
            return null;
        }

        using var document = JsonDocument.Parse(facetsJson);
        return document.RootElement.ValueKind == JsonValueKind.Object
               && document.RootElement.TryGetProperty(GovernanceFacets.ConsumerGroup.Key, out var facet) && facet.ValueKind == JsonValueKind.Object
               && facet.TryGetProperty("groupId", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
    }

    private static List<SchemaField> Flatten(SchemaDatasetFacet? schema)
    {
        var fields = Ingestion.Projection.SchemaFields.Flatten(schema);
        // A depth-first walk puts a field's children right after it, one level deeper.
        return fields
            .Select((f, i) => new SchemaField(f.Path, f.Name, f.Type, f.Depth, IsLeaf: i + 1 >= fields.Count || fields[i + 1].Depth <= f.Depth))
            .ToList();
    }
}
