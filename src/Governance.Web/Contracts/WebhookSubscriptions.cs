using Governance.Web.Contracts.Webhooks;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Contracts;

/// <summary>The outcome of creating a subscription: the subscription and its secret (shown this once), or what is wrong.</summary>
public sealed record WebhookCreation(CreatedWebhook? Created, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>
/// Webhook subscriptions for the API and the portal: listed with their undelivered and failing notifications, and
/// created with the secret encrypted at rest and returned once.
/// </summary>
public sealed class WebhookSubscriptions(IDbContextFactory<GovernanceDbContext> contexts, WebhookSecrets secrets, TimeProvider clock)
{
    public async Task<List<WebhookSubscriptionDto>> ListAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.WebhookSubscriptions.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new
            {
                Subscription = s,
                Pending = db.WebhookDeliveries.Count(d => d.SubscriptionId == s.Id && d.DeliveredAt == null),
                Failing = db.WebhookDeliveries.Count(d => d.SubscriptionId == s.Id && d.DeliveredAt == null && d.Attempts > 0),
                LastError = db.WebhookDeliveries.Where(d => d.SubscriptionId == s.Id && d.LastError != null)
                    .OrderByDescending(d => d.Id).Select(d => d.LastError).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(r => ToDto(r.Subscription, r.Pending, r.Failing, r.LastError)).ToList();
    }

    /// <param name="request">Name, URL, optional filters and optional secret (one is generated when absent).</param>
    /// <param name="actor">Who creates it.</param>
    /// <param name="ct">Cancels the work.</param>
    public async Task<WebhookCreation> CreateAsync(CreateWebhookRequest request, string actor, CancellationToken ct)
    {
        var errors = WebhookRequestValidator.Validate(request);
        if (errors.Count > 0)
        {
            return new WebhookCreation(null, errors);
        }

        var secret = string.IsNullOrEmpty(request.Secret) ? WebhookSecrets.Generate() : request.Secret;
        var subscription = new WebhookSubscription
        {
            Name = request.Name!.Trim(),
            Url = request.Url!.Trim(),
            ProtectedSecret = secrets.Protect(secret),
            DatasetNamespace = Blank(request.DatasetNamespace),
            Owner = Blank(request.Owner),
            Enabled = true,
            CreatedBy = actor,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(ct);
        return new WebhookCreation(new CreatedWebhook(ToDto(subscription, 0, 0, null), secret), errors);
    }

    private static WebhookSubscriptionDto ToDto(WebhookSubscription s, int pending, int failing, string? lastError) =>
        new(s.Id, s.Name, s.Url, s.DatasetNamespace, s.Owner, s.Enabled, s.CreatedAt, s.CreatedBy, pending, failing, lastError);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
