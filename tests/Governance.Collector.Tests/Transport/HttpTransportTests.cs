using Governance.Collector.Outbox;
using Governance.Collector.Tests.Outbox;
using Governance.Collector.Transport;
using Governance.Model.OpenLineage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Governance.Collector.Tests.Transport;

/// <summary>How <see cref="HttpTransport"/> maps the portal's answers, over real HTTP.</summary>
public sealed class HttpTransportTests : IAsyncLifetime
{
    private readonly FakePortal _portal = new();
    private readonly CapturingLoggerProvider _logs = new();

    public Task InitializeAsync() => _portal.StartAsync();

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task Stored_and_duplicate_events_are_delivered_and_rejected_ones_carry_the_portals_errors()
    {
        var transport = Create();
        await transport.SendAsync(Entries(TestEvents.Run(1)), CancellationToken.None);

        var batch = Entries(TestEvents.Run(1), TestEvents.Run(2), TestEvents.Run(3, job: "reject-this"));
        var result = await transport.SendAsync(batch, CancellationToken.None);

        Assert.Null(result.Failure);
        Assert.Equal([1L, 2], result.Delivered);
        Assert.Equal(1, result.Duplicates);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(3, rejected.Entry.Sequence);
        Assert.Equal("rejected by the portal", rejected.Reason);
        var issue = Assert.Single(rejected.Errors);
        Assert.Equal(new DeliveryIssue("$.job.name", "job names starting with 'reject' are refused by this test portal", "#/$defs/Job"), issue);
    }

    [Fact]
    public async Task Too_large_batches_are_halved_and_a_single_event_that_never_fits_is_rejected()
    {
        var huge = TestEvents.Large(2, 6000);
        _portal.MaxBodyBytes = 4000;
        var transport = Create();

        var result = await transport.SendAsync(Entries(TestEvents.Run(1), huge, TestEvents.Run(3)), CancellationToken.None);

        Assert.Null(result.Failure);
        Assert.Equal([1L, 3], result.Delivered.Order());
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(2, rejected.Entry.Sequence);
        Assert.Contains("HTTP 413", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(2, _portal.StoredCount);
        Assert.True(_logs.Contains(LogLevel.Information, "two halves"));
    }

    [Theory]
    [InlineData(503)]
    [InlineData(500)]
    [InlineData(429)]
    [InlineData(408)]
    public async Task Server_errors_and_throttling_are_transient_and_carry_retry_after(int status)
    {
        _portal.FailNext(1, status, TimeSpan.FromSeconds(7));

        var result = await Create().SendAsync(Entries(TestEvents.Run(1)), CancellationToken.None);

        Assert.Empty(result.Delivered);
        var failure = Assert.IsType<TransportFailure>(result.Failure);
        Assert.Equal(TransportFailureKind.Transient, failure.Kind);
        Assert.Equal(status, failure.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), failure.RetryAfter);
        Assert.Contains($"HTTP {status}", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Refused_credentials_are_reported_without_the_key(int status)
    {
        const string key = "some-secret-api-key-1234567890";
        var transport = Create(o => o.ApiKey = key);
        if (status == 403)
        {
            _portal.FailNext(1, 403);
            transport = Create();
        }

        var result = await transport.SendAsync(Entries(TestEvents.Run(1)), CancellationToken.None);

        var failure = Assert.IsType<TransportFailure>(result.Failure);
        Assert.Equal(TransportFailureKind.Unauthorized, failure.Kind);
        Assert.Contains("refused the API key", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Portal:ApiKey", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakePortal.Key, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, _logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_portal_path_is_an_unexpected_failure_naming_the_setting()
    {
        var result = await Create(o => o.Url = _portal.Url + "wrong-prefix").SendAsync(Entries(TestEvents.Run(1)), CancellationToken.None);

        var failure = Assert.IsType<TransportFailure>(result.Failure);
        Assert.Equal(TransportFailureKind.Unexpected, failure.Kind);
        Assert.Equal(404, failure.StatusCode);
        Assert.Contains("Portal:Url", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_portal_is_transient()
    {
        await _portal.StopAsync();

        var result = await Create().SendAsync(Entries(TestEvents.Run(1)), CancellationToken.None);

        var failure = Assert.IsType<TransportFailure>(result.Failure);
        Assert.Equal(TransportFailureKind.Transient, failure.Kind);
        Assert.Contains("unreachable", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_portal_that_does_not_answer_in_time_is_transient()
    {
        _portal.HoldAnswers = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(500) };

        var result = await Create(http: http).SendAsync(Entries(TestEvents.Run(1)), CancellationToken.None);

        var failure = Assert.IsType<TransportFailure>(result.Failure);
        Assert.Equal(TransportFailureKind.Transient, failure.Kind);
        Assert.Contains("did not answer within", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_reported_as_a_failure_but_thrown()
    {
        _portal.HoldAnswers = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancel = new CancellationTokenSource();
        var sending = Create().SendAsync(Entries(TestEvents.Run(1)), cancel.Token).AsTask();
        await CollectorHarness.WaitUntilAsync(() => _portal.StoredCount == 1, "the portal received the batch");

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
    }

    [Fact]
    public void A_path_prefix_in_the_portal_url_is_kept()
    {
        var transport = Create(o => o.Url = "https://portal.example.com/governance");
        Assert.Equal(new Uri("https://portal.example.com/governance/"), transport.PortalUrl);
    }

    [Fact]
    public void Plain_http_to_a_remote_host_is_warned_about()
    {
        Create(o => o.Url = "http://portal.example.com/");
        Assert.True(_logs.Contains(LogLevel.Warning, "unencrypted"));
    }

    internal static List<OutboxEntry> Entries(params OpenLineageEvent[] events) =>
        [.. events.Select((e, i) => new OutboxEntry(i + 1, DateTimeOffset.UtcNow, OpenLineageJson.SerializeToUtf8Bytes(e)))];

    private HttpTransport Create(Action<PortalOptions>? configure = null, HttpClient? http = null)
    {
        var options = new PortalOptions { Url = _portal.Url.ToString(), ApiKey = FakePortal.Key };
        configure?.Invoke(options);
        return new HttpTransport(http ?? new HttpClient(), Options.Create(options), new LoggerFactory([_logs]).CreateLogger<HttpTransport>(), TimeProvider.System);
    }
}
