using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Web.Contracts.Webhooks;
using Governance.Web.Tests.Infrastructure;

namespace Governance.Web.Tests.Contracts;

/// <summary>Webhook subscriptions and the signed, retried delivery of their notifications.</summary>
public abstract class WebhookDeliveryTests(AppFixture fixture)
{
    private const string Secret = "a-receiver-secret-of-some-length";
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task A_notification_reaches_a_recovering_receiver_once_signed_after_retries()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 2);
        using var client = _app.CreateIngestClient();
        var id = await CreateAsync(client, new { name = "orders-team", url = receiver.Url, secret = Secret });

        using var ping = await client.PostAsync($"/api/v1/webhooks/{id}/ping", null);
        Assert.Equal(HttpStatusCode.Accepted, ping.StatusCode);
        var delivery = await WaitAsync(client, id, d => d.DeliveredAt is not null);

        Assert.Equal(3, delivery.Attempts);
        var requests = receiver.Requests.ToList();
        Assert.Equal([503, 503, 200], requests.Select(r => r.Status));
        Assert.Single(requests.Select(r => r.Body).Distinct());
        foreach (var request in requests)
        {
            var timestamp = long.Parse(request.Headers[WebhookSignature.TimestampHeader], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(WebhookSignature.Verify(Secret, timestamp, request.Body, request.Headers[WebhookSignature.SignatureHeader]));
            Assert.False(WebhookSignature.Verify("another-secret-entirely", timestamp, request.Body, request.Headers[WebhookSignature.SignatureHeader]));
            Assert.Equal("ping", request.Headers[WebhookSignature.EventHeader]);
            Assert.Equal(delivery.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), request.Headers[WebhookSignature.DeliveryHeader]);
        }

        using var body = JsonDocument.Parse(requests[^1].Body);
        Assert.Equal(delivery.Id, body.RootElement.GetProperty("id").GetInt64());
        Assert.Equal("orders-team", body.RootElement.GetProperty("data").GetProperty("subscription").GetString());

        // Delivered means done: nothing is due any more, so the receiver hears nothing else.
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        Assert.Equal(3, receiver.Requests.Count);
    }

    [Fact]
    public async Task A_generated_secret_is_returned_once_and_never_listed()
    {
        using var client = _app.CreateIngestClient();
        using var created = await client.PostAsJsonAsync("/api/v1/webhooks", new { name = "generated", url = "https://hooks.example.com/x" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var secret = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString();
        Assert.True(secret!.Length >= WebhookRequestValidatorLength);

        var listed = await client.GetStringAsync("/api/v1/webhooks");
        Assert.Contains("hooks.example.com", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_subscriptions_are_rejected_naming_each_field_and_anonymous_calls_are_refused()
    {
        using var client = _app.CreateIngestClient();
        using var invalid = await client.PostAsJsonAsync("/api/v1/webhooks", new { name = "", url = "ftp://example.com", secret = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["name", "secret", "url"], errors.EnumerateObject().Select(p => p.Name).Order());

        using var anonymous = _app.CreateClient();
        using var refused = await anonymous.PostAsJsonAsync("/api/v1/webhooks", new { name = "x", url = "https://example.com" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using var listRefused = await anonymous.GetAsync("/api/v1/webhooks");
        Assert.Equal(HttpStatusCode.Unauthorized, listRefused.StatusCode);
    }

    [Fact]
    public async Task Deleting_a_subscription_stops_its_notifications()
    {
        using var client = _app.CreateIngestClient();
        var id = await CreateAsync(client, new { name = "short-lived", url = "https://hooks.example.com/y" });

        using var deleted = await client.DeleteAsync($"/api/v1/webhooks/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var again = await client.DeleteAsync($"/api/v1/webhooks/{id}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        using var ping = await client.PostAsync($"/api/v1/webhooks/{id}/ping", null);
        Assert.Equal(HttpStatusCode.NotFound, ping.StatusCode);
    }

    private const int WebhookRequestValidatorLength = 40;

    private static async Task<long> CreateAsync(HttpClient client, object request)
    {
        using var created = await client.PostAsJsonAsync("/api/v1/webhooks", request);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("subscription").GetProperty("id").GetInt64();
    }

    private static async Task<WebhookDeliveryDto> WaitAsync(HttpClient client, long id, Func<WebhookDeliveryDto, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var deliveries = await client.GetFromJsonAsync<List<WebhookDeliveryDto>>($"/api/v1/webhooks/{id}/deliveries");
            if (deliveries is [var only] && done(only))
            {
                return only;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The delivery did not complete in time: {JsonSerializer.Serialize(deliveries)}");
            await Task.Delay(50);
        }
    }
}

public sealed class SqliteWebhookDeliveryTests(SqliteAppFixture fixture) : WebhookDeliveryTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlWebhookDeliveryTests(PostgreSqlAppFixture fixture) : WebhookDeliveryTests(fixture), IClassFixture<PostgreSqlAppFixture>;
