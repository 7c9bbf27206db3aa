namespace Governance.Web.Data.Entities;

/// <summary>
/// One notification to one subscription, written in the same transaction as the change it reports
/// (an outbox), then delivered with retries and backoff until the receiver acknowledges it.
/// </summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }
    public long SubscriptionId { get; set; }
    public WebhookSubscription Subscription { get; set; } = null!;

    /// <summary>The violation reported, when the notification is about one.</summary>
    public long? ViolationId { get; set; }

    /// <summary>e.g. <c>violation.opened</c>, <c>violation.resolved</c>.</summary>
    public required string EventType { get; set; }
    public required string PayloadJson { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? DeliveredAt { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; set; }
}
