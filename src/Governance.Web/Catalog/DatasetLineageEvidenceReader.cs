using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Catalog;

/// <summary>
/// The producers and consumers of a dataset with the evidence for each edge: the
/// <c>governance_evidence</c> facet of the latest event from that job that gave any (found through
/// the event↔dataset links, newest first), else of the event that first reported the edge, else just
/// who reported it.
/// </summary>
public sealed class DatasetLineageEvidenceReader(IDbContextFactory<GovernanceDbContext> contexts)
{
    /// <summary>
    /// How many of a job's latest events that mention evidence are read for this dataset's: an event
    /// may carry evidence for its other datasets only.
    /// </summary>
    private const int CandidateEvents = 5;

    /// <summary>The dataset's open edges with their evidence, or null when there is no such dataset.</summary>
    public async Task<DatasetEdgeList?> ReadAsync(string @namespace, string name, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var dataset = await DatasetReader.FindAsync(db, @namespace, name, ct);
        if (dataset is null)
        {
            return null;
        }

        var identities = await DatasetIdentities.LoadAsync(db, dataset, ct);
        var edges = await (from e in db.LineageEdges.AsNoTracking()
                           where e.DatasetId == dataset.Id && e.ValidTo == null
                           join j in db.Jobs on e.JobId equals j.Id
                           select new OpenEdge(new EntityId(j.Namespace.Name, j.Name), e.Direction, e.ValidFrom, e.LastSeenAt, e.RawEventId))
            .ToListAsync(ct);

        var result = new List<DatasetEdgeDto>();
        foreach (var edge in edges.OrderBy(e => e.Job.Namespace, StringComparer.Ordinal).ThenBy(e => e.Job.Name, StringComparer.Ordinal))
        {
            result.Add(await ReadEdgeAsync(db, dataset.Id, identities, edge, ct));
        }

        return new DatasetEdgeList(
            result.Where(e => e.Direction == nameof(EdgeDirection.Output).ToUpperInvariant()).ToList(),
            result.Where(e => e.Direction == nameof(EdgeDirection.Input).ToUpperInvariant()).ToList());
    }

    private static async Task<DatasetEdgeDto> ReadEdgeAsync(
        GovernanceDbContext db, long datasetId, DatasetIdentities identities, OpenEdge edge, CancellationToken ct)
    {
        var role = edge.Direction == EdgeDirection.Input ? RawEventDatasetRole.Input : RawEventDatasetRole.Output;
        var fromJob = from l in db.RawEventDatasets
                      where l.DatasetId == datasetId && l.Role == role
                      join r in db.RawEvents on l.RawEventId equals r.Id
                      where r.JobNamespace == edge.Job.Namespace && r.JobName == edge.Job.Name
                      orderby l.RawEventId descending
                      select r;

        var candidates = await fromJob.Where(r => r.Payload.Contains(EvidenceFacets.Key))
            .Select(r => new StoredEvent(r.Id, r.EventTime, r.Producer, r.Payload))
            .Take(CandidateEvents).ToListAsync(ct);
        foreach (var candidate in candidates)
        {
            if (EvidenceFacets.Read(candidate.Payload, edge.Direction, identities) is { Count: > 0 } evidence)
            {
                return Dto(edge, evidence, candidate);
            }
        }

        // The event that first reported the edge also answers for events stored before links were kept.
        var first = await db.RawEvents.AsNoTracking().Where(r => r.Id == edge.FirstEventId)
            .Select(r => new StoredEvent(r.Id, r.EventTime, r.Producer, r.Payload)).FirstOrDefaultAsync(ct);
        if (first is not null && EvidenceFacets.Read(first.Payload, edge.Direction, identities) is { Count: > 0 } firstEvidence)
        {
            return Dto(edge, firstEvidence, first);
        }

        // No producer said why: say who reported the edge, most recently.
        var latest = await fromJob.Select(r => new StoredEvent(r.Id, r.EventTime, r.Producer, "")).FirstOrDefaultAsync(ct);
        return Dto(edge, [], latest ?? first);
    }

    private static DatasetEdgeDto Dto(OpenEdge edge, IReadOnlyList<EvidenceItemDto> evidence, StoredEvent? source) => new(
        edge.Job, edge.Direction.ToString().ToUpperInvariant(), edge.ValidFrom, edge.LastSeenAt, evidence,
        source?.Producer, source?.Id, source?.EventTime, source is null ? null : EventsApi.PayloadPath(source.Id));

    private sealed record OpenEdge(EntityId Job, EdgeDirection Direction, DateTime ValidFrom, DateTime LastSeenAt, long FirstEventId);

    private sealed record StoredEvent(long Id, DateTime EventTime, string? Producer, string Payload);
}
