using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Catalog;

/// <summary>The stored events that named a dataset, newest first, through the event↔dataset links.</summary>
public sealed class DatasetEventsReader(IDbContextFactory<GovernanceDbContext> contexts)
{
    /// <summary>A page of the dataset's events, or null when there is no such dataset.</summary>
    public async Task<DatasetEventList?> ListAsync(string @namespace, string name, Paging paging, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var dataset = await DatasetReader.FindAsync(db, @namespace, name, ct);
        if (dataset is null)
        {
            return null;
        }

        // One event may name the dataset twice (read and written): it is listed once, with both roles.
        var eventIds = db.RawEventDatasets.Where(l => l.DatasetId == dataset.Id).Select(l => l.RawEventId).Distinct();
        var total = await eventIds.CountAsync(ct);
        var page = await eventIds.OrderByDescending(id => id).Skip(paging.Offset).Take(paging.Limit).ToListAsync(ct);
        if (page.Count == 0)
        {
            return new DatasetEventList(total, []);
        }

        // The payloads stay in the database: the list links to each one instead.
        var events = await db.RawEvents.AsNoTracking().Where(r => page.Contains(r.Id))
            .Select(r => new { r.Id, r.ReceivedAt, r.EventTime, r.EventKind, r.EventType, r.Producer, r.RunId, r.JobNamespace, r.JobName })
            .ToDictionaryAsync(r => r.Id, ct);
        var roles = (await db.RawEventDatasets.AsNoTracking().Where(l => l.DatasetId == dataset.Id && page.Contains(l.RawEventId))
                .Select(l => new { l.RawEventId, l.Role }).ToListAsync(ct))
            .ToLookup(l => l.RawEventId, l => l.Role.ToString().ToUpperInvariant());

        return new DatasetEventList(total, page.Where(events.ContainsKey).Select(id =>
        {
            var e = events[id];
            return new DatasetEventDto(
                e.Id, e.ReceivedAt, e.EventTime, e.EventKind, e.EventType, e.Producer, e.RunId,
                e.JobNamespace is not null && e.JobName is not null ? new EntityId(e.JobNamespace, e.JobName) : null,
                roles[id].Order(StringComparer.Ordinal).ToList(), EventsApi.PayloadPath(e.Id));
        }).ToList());
    }

    /// <summary>One stored event's JSON as received, or null when there is no such event.</summary>
    public async Task<string?> ReadPayloadAsync(long id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.RawEvents.AsNoTracking().Where(e => e.Id == id).Select(e => e.Payload).FirstOrDefaultAsync(ct);
    }
}
