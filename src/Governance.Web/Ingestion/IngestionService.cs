using System.Text.Json;
using Governance.Model.OpenLineage;
using Governance.Model.OpenLineage.Validation;
using Governance.Web.Contracts.Enforcement;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Governance.Web.Ingestion.Projection;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Ingestion;

/// <summary>
/// Validates, stores and projects OpenLineage events. Each accepted event is written raw and
/// projected in one transaction, so an acknowledged event is never half-applied; the canonical
/// hash makes a re-sent event a no-op.
/// </summary>
public sealed partial class IngestionService(
    IDbContextFactory<GovernanceDbContext> contexts,
    EventEnforcement enforcement,
    TimeProvider clock,
    ILogger<IngestionService> logger)
{
    // One writer at a time: projections read-modify-write shared rows (datasets, jobs, edges), and
    // SQLite allows a single writer anyway.
    private static readonly SemaphoreSlim WriteLock = new(1, 1);

    public async Task<IngestionOutcome> IngestAsync(JsonElement json, CancellationToken ct)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return IngestionOutcome.Rejected([new ValidationIssue("$", $"An event must be a JSON object, not {json.ValueKind}.", null)]);
        }

        var validation = OpenLineageValidator.Default.Validate(json);
        if (!validation.IsValid)
        {
            return IngestionOutcome.Rejected(validation.Errors, validation.Warnings);
        }

        OpenLineageEvent evt;
        try
        {
            evt = OpenLineageJson.ParseEvent(json);
        }
        catch (OpenLineageFormatException ex)
        {
            return IngestionOutcome.Rejected([new ValidationIssue(ex.Path, ex.Message, null)], validation.Warnings);
        }

        var warnings = validation.Warnings.ToList();
        var receivedAt = clock.GetUtcNow().UtcDateTime;
        var eventTime = receivedAt;
        if (evt.TryGetEventTime(out var parsed))
        {
            eventTime = parsed.UtcDateTime;
        }
        else
        {
            warnings.Add(new ValidationIssue("$.eventTime", $"eventTime '{evt.EventTime}' is not a date-time; the time of receipt is used.", null));
        }

        var raw = new RawEvent
        {
            EventHash = CanonicalJson.Sha256(json),
            ReceivedAt = receivedAt,
            EventTime = eventTime,
            EventKind = evt.Kind.ToString() + "Event",
            EventType = (evt as RunEvent)?.EventType,
            RunId = (evt as RunEvent)?.Run.RunId,
            JobNamespace = JobOf(evt)?.Namespace,
            JobName = JobOf(evt)?.Name,
            Producer = evt.Producer,
            Payload = json.GetRawText(),
            Warnings = warnings.Count == 0 ? null : JsonSerializer.Serialize(warnings, JsonSerializerOptions.Web),
        };

        await WriteLock.WaitAsync(ct);
        try
        {
            return await StoreAsync(raw, evt, warnings, ct);
        }
        finally
        {
            WriteLock.Release();
        }
    }

    private async Task<IngestionOutcome> StoreAsync(RawEvent raw, OpenLineageEvent evt, List<ValidationIssue> warnings, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var existing = await db.RawEvents.Where(e => e.EventHash == raw.EventHash).Select(e => (long?)e.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            return new IngestionOutcome(IngestionStatus.Duplicate, id, [], warnings);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.RawEvents.Add(raw);
            await db.SaveChangesAsync(ct); // the raw event's id is the evidence the projection points to
            await LineageProjector.ProjectAsync(db, raw, evt, raw.EventTime, ct);
            StampChangedEdges(db, raw.Id);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        });

        LogStored(logger, raw.Id, raw.EventKind, raw.EventType);
        await enforcement.AfterStoredAsync(raw, evt); // still under the write lock: events are enforced in the order stored
        return new IngestionOutcome(IngestionStatus.Stored, raw.Id, [], warnings);
    }

    /// <summary>
    /// Marks every lineage edge this event created or changed (whichever projector did it: runs,
    /// symlink merges, drops) with the event's id, so the in-memory lineage index loads just those.
    /// A confirmation that only moves <see cref="LineageEdge.LastSeenAt"/> changes nothing the graph
    /// shows and is not stamped: producers re-report the same edges all day long.
    /// </summary>
    private static void StampChangedEdges(GovernanceDbContext db, long eventId)
    {
        foreach (var entry in db.ChangeTracker.Entries<LineageEdge>())
        {
            var changed = entry.State == EntityState.Added
                || (entry.State == EntityState.Modified
                    && entry.Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(LineageEdge.LastSeenAt)));
            if (changed)
            {
                entry.Entity.ChangedByEventId = eventId;
            }
        }
    }

    private static Job? JobOf(OpenLineageEvent evt) => evt switch
    {
        RunEvent run => run.Job,
        JobEvent job => job.Job,
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stored event {EventId} ({Kind} {Type})")]
    private static partial void LogStored(ILogger logger, long eventId, string kind, string? type);
}
