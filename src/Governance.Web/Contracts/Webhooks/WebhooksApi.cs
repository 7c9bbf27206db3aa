using System.Security.Claims;
using Governance.Web.Data;
using Governance.Web.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Contracts.Webhooks;

/// <summary>Subscriptions to violation notifications: create, list, inspect deliveries, test, delete.</summary>
public static class WebhooksApi
{
    public static IEndpointRouteBuilder MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/webhooks").WithTags("Webhooks").RequireAuthorization(SecurityExtensions.IngestPolicy);
        api.MapPost("/", Create).WithName("CreateWebhook");
        api.MapGet("/", List).WithName("ListWebhooks");
        api.MapGet("/{id:long}/deliveries", Deliveries).WithName("ListWebhookDeliveries");
        api.MapPost("/{id:long}/ping", Ping).WithName("PingWebhook");
        api.MapDelete("/{id:long}", Delete).WithName("DeleteWebhook");
        return app;
    }

    private static async Task<Results<Created<CreatedWebhook>, ValidationProblem>> Create(
        CreateWebhookRequest request, ClaimsPrincipal user, WebhookSubscriptions subscriptions, CancellationToken ct)
    {
        var result = await subscriptions.CreateAsync(request, user.Identity?.Name ?? "unknown", ct);
        return result.Created is { } created
            ? TypedResults.Created($"/api/v1/webhooks/{created.Subscription.Id}", created)
            : TypedResults.ValidationProblem(result.Errors, detail: "The webhook subscription is not valid.");
    }

    private static async Task<Ok<List<WebhookSubscriptionDto>>> List(WebhookSubscriptions subscriptions, CancellationToken ct) =>
        TypedResults.Ok(await subscriptions.ListAsync(ct));

    private static async Task<Results<Ok<List<WebhookDeliveryDto>>, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>>> Deliveries(
        long id, IDbContextFactory<GovernanceDbContext> contexts, CancellationToken ct, int limit = 100)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.WebhookSubscriptions.AnyAsync(s => s.Id == id, ct))
        {
            return NotFound(id);
        }

        var deliveries = await db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == id)
            .OrderByDescending(d => d.Id).Take(Math.Clamp(limit, 1, 1000))
            .Select(d => new WebhookDeliveryDto(d.Id, d.EventType, d.CreatedAt, d.Attempts, d.DeliveredAt, d.NextAttemptAt, d.LastError))
            .ToListAsync(ct);
        return TypedResults.Ok(deliveries);
    }

    private static async Task<Results<Accepted<WebhookDeliveryDto>, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>>> Ping(
        long id, IDbContextFactory<GovernanceDbContext> contexts, TimeProvider clock, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var subscription = await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (subscription is null)
        {
            return NotFound(id);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var delivery = WebhookOutbox.Enqueue(db, subscription, "ping", new { subscription = subscription.Name, sentAt = now }, violationId: null, now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries",
            new WebhookDeliveryDto(delivery.Id, delivery.EventType, delivery.CreatedAt, 0, null, delivery.NextAttemptAt, null));
    }

    private static async Task<Results<NoContent, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>>> Delete(
        long id, IDbContextFactory<GovernanceDbContext> contexts, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var deleted = await db.WebhookSubscriptions.Where(s => s.Id == id).ExecuteDeleteAsync(ct);
        return deleted == 0 ? NotFound(id) : TypedResults.NoContent();
    }

    private static NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails> NotFound(long id) => TypedResults.NotFound(new Microsoft.AspNetCore.Mvc.ProblemDetails
    {
        Title = "Webhook subscription not found",
        Detail = $"There is no webhook subscription with id {id}.",
        Status = StatusCodes.Status404NotFound,
    });
}
