namespace Governance.Web.Contracts.Webhooks;

/// <summary>A new subscription. Without a secret, one is generated and returned once.</summary>
/// <param name="DatasetNamespace">Only violations of datasets in this namespace (e.g. <c>kafka://lkc-abc</c>).</param>
/// <param name="Owner">Only violations of contracts owned by this team.</param>
public sealed record CreateWebhookRequest(string? Name, string? Url, string? Secret, string? DatasetNamespace, string? Owner);

/// <summary>A subscription as listed; the secret is never returned after creation.</summary>
public sealed record WebhookSubscriptionDto(
    long Id, string Name, string Url, string? DatasetNamespace, string? Owner, bool Enabled, DateTime CreatedAt, string CreatedBy,
    int Pending, int Failing, string? LastError);

/// <summary>The answer to a creation: the subscription and, this once, its secret.</summary>
public sealed record CreatedWebhook(WebhookSubscriptionDto Subscription, string Secret);

/// <summary>One notification and where it stands.</summary>
public sealed record WebhookDeliveryDto(
    long Id, string EventType, DateTime CreatedAt, int Attempts, DateTime? DeliveredAt, DateTime NextAttemptAt, string? LastError);
