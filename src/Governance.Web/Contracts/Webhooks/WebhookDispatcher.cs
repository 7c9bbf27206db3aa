using System.Text;
using System.Text.Json.Nodes;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Governance.Web.Contracts.Webhooks;

/// <summary>
/// Sends queued webhook notifications: signed POSTs, retried with exponential backoff until the
/// receiver answers 2xx. A notification is marked delivered only after that answer, so a receiver
/// that is down gets it later, once; receivers can also de-duplicate on <c>X-Governance-Delivery</c>.
/// </summary>
/// <remarks>
/// Each delivery is claimed with a conditional update (a short lease on <c>NextAttemptAt</c>) before
/// it is sent, so several portal instances sharing a database never send the same attempt twice.
/// </remarks>
public sealed partial class WebhookDispatcher(
    IDbContextFactory<GovernanceDbContext> contexts,
    IHttpClientFactory httpClients,
    WebhookSecrets secrets,
    TimeProvider clock,
    IOptions<WebhookOptions> options,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    /// <summary>Name of the <see cref="HttpClient"/> used for deliveries.</summary>
    public const string HttpClientName = "webhooks";

    private readonly WebhookOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.PollInterval, clock);
        do
        {
            try
            {
                while (await SendDueAsync(stoppingToken) == _options.BatchSize)
                {
                    // A full batch means more may be due: keep going without waiting for the timer.
                }
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or DbUpdateException or TimeoutException && !stoppingToken.IsCancellationRequested)
            {
                LogRoundFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends every due notification once; returns how many were attempted.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.DeliveredAt == null && d.NextAttemptAt <= now && d.Attempts < _options.MaxAttempts)
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
            .Take(_options.BatchSize)
            .Select(d => new { Delivery = d, d.Subscription.Url, d.Subscription.ProtectedSecret, d.Subscription.Enabled })
            .ToListAsync(ct);

        foreach (var item in due)
        {
            if (!await ClaimAsync(db, item.Delivery, ct))
            {
                continue;
            }

            var failure = !item.Enabled ? "The subscription is disabled."
                : secrets.TryUnprotect(item.ProtectedSecret) is { } secret ? await PostAsync(item.Delivery, item.Url, secret, ct)
                : "The subscription's secret cannot be decrypted (the data protection keys changed); create the subscription again.";
            await RecordAsync(db, item.Delivery, failure, ct);
        }

        return due.Count;
    }

    private async Task<bool> ClaimAsync(GovernanceDbContext db, WebhookDelivery delivery, CancellationToken ct)
    {
        var lease = clock.GetUtcNow().UtcDateTime + 2 * _options.Timeout;
        var claimed = await db.WebhookDeliveries
            .Where(d => d.Id == delivery.Id && d.DeliveredAt == null && d.NextAttemptAt == delivery.NextAttemptAt)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, lease), ct);
        return claimed == 1;
    }

    /// <returns>Null when the receiver accepted the notification, otherwise why it did not.</returns>
    private async Task<string?> PostAsync(WebhookDelivery delivery, string url, string secret, CancellationToken ct)
    {
        var body = Envelope(delivery);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.EventHeader, delivery.EventType);
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode ? null : $"The receiver answered {(int)response.StatusCode} {response.ReasonPhrase}.";
        }
        catch (HttpRequestException ex)
        {
            return $"The receiver could not be reached: {ex.HttpRequestError}.";
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return $"The receiver did not answer within {_options.Timeout.TotalSeconds:0.#} s.";
        }
    }

    /// <summary>The body receivers get: the delivery's identity and type around the queued payload.</summary>
    private static string Envelope(WebhookDelivery delivery) => new JsonObject
    {
        ["id"] = delivery.Id,
        ["type"] = delivery.EventType,
        ["createdAt"] = DateTime.SpecifyKind(delivery.CreatedAt, DateTimeKind.Utc),
        ["data"] = JsonNode.Parse(delivery.PayloadJson),
    }.ToJsonString();

    private async Task RecordAsync(GovernanceDbContext db, WebhookDelivery delivery, string? failure, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var attempts = delivery.Attempts + 1;
        if (failure is null)
        {
            await db.WebhookDeliveries.Where(d => d.Id == delivery.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.DeliveredAt, now).SetProperty(d => d.Attempts, attempts).SetProperty(d => d.LastError, (string?)null), ct);
            LogDelivered(logger, delivery.Id, delivery.SubscriptionId, attempts);
            return;
        }

        var next = now + Backoff(attempts);
        await db.WebhookDeliveries.Where(d => d.Id == delivery.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, next).SetProperty(d => d.Attempts, attempts).SetProperty(d => d.LastError, failure), ct);
        LogFailed(logger, delivery.Id, delivery.SubscriptionId, attempts, failure);
    }

    /// <summary>Base delay doubled per failure after the first, capped.</summary>
    internal TimeSpan Backoff(int attempts)
    {
        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(_options.RetryBaseDelay.Ticks * factor, _options.RetryMaxDelay.Ticks));
        return delay;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook delivery {DeliveryId} to subscription {SubscriptionId} accepted after {Attempts} attempt(s)")]
    private static partial void LogDelivered(ILogger logger, long deliveryId, long subscriptionId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} to subscription {SubscriptionId} failed (attempt {Attempts}): {Reason}")]
    private static partial void LogFailed(ILogger logger, long deliveryId, long subscriptionId, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "A webhook delivery round failed; it is retried on the next tick")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
