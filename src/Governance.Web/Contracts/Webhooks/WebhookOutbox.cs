using System.Text.Json;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Contracts.Webhooks;

/// <summary>
/// Queues notifications in the caller's unit of work: the delivery rows commit (or roll back)
/// with the change they report, so a notification is never lost nor sent for a change that did
/// not happen. <see cref="WebhookDispatcher"/> sends them.
/// </summary>
public static class WebhookOutbox
{
    /// <summary>Adds one delivery per enabled subscription whose filters match; the caller saves.</summary>
    /// <returns>How many deliveries were queued.</returns>
    public static async Task<int> EnqueueAsync(
        GovernanceDbContext db, string eventType, object payload, string? datasetNamespace, string? owner,
        long? violationId, DateTime now, CancellationToken ct)
    {
        var subscriptions = await db.WebhookSubscriptions
            .Where(s => s.Enabled
                        && (s.DatasetNamespace == null || s.DatasetNamespace == datasetNamespace)
                        && (s.Owner == null || s.Owner == owner))
            .ToListAsync(ct);
        foreach (var subscription in subscriptions)
        {
            Enqueue(db, subscription, eventType, payload, violationId, now);
        }

        return subscriptions.Count;
    }

    /// <summary>Adds one delivery for one subscription; the caller saves.</summary>
    public static WebhookDelivery Enqueue(
        GovernanceDbContext db, WebhookSubscription subscription, string eventType, object payload, long? violationId, DateTime now)
    {
        var delivery = new WebhookDelivery
        {
            Subscription = subscription,
            ViolationId = violationId,
            EventType = eventType,
            PayloadJson = JsonSerializer.Serialize(payload, JsonSerializerOptions.Web),
            NextAttemptAt = now,
            CreatedAt = now,
        };
        db.WebhookDeliveries.Add(delivery);
        return delivery;
    }
}
