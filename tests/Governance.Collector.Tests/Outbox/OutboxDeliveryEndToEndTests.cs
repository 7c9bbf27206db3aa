using System.Text.Json;
using Governance.Collector.Outbox;
using Governance.Collector.Tests.Transport;
using Governance.Model.OpenLineage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Governance.Collector.Tests.Outbox;

/// <summary>
/// The outbox, the HTTP transport and the delivery service wired by <c>AddOutbox</c>, delivering
/// over real HTTP to a stand-in portal that speaks the ingestion contract. No fixed sleeps: every
/// wait polls a condition with a deadline.
/// </summary>
public sealed class OutboxDeliveryEndToEndTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private readonly FakePortal _portal = new();
    private readonly List<CollectorHarness> _harnesses = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var harness in _harnesses)
        {
            await harness.DisposeAsync();
        }

        await _portal.DisposeAsync();
        _dir.Dispose();
    }

    [Fact]
    public async Task Events_buffered_while_the_portal_is_down_are_all_delivered_exactly_once_when_it_comes_back()
    {
        var collector = await StartCollectorAsync();

        // Portal down from the start: the collector keeps buffering.
        var events = new List<OpenLineageEvent>();
        for (var scan = 0; scan < 3; scan++)
        {
            var batch = TestEvents.Many(50, scan * 50);
            events.AddRange(batch);
            await collector.Outbox.EnqueueAsync(batch);
        }

        await CollectorHarness.WaitUntilAsync(() => collector.Delivery.Status.ConsecutiveFailures >= 3, "delivery has failed a few times");
        Assert.Equal(DeliveryState.WaitingToRetry, collector.Delivery.Status.State);
        Assert.Equal(150, collector.Outbox.PendingCount);
        Assert.Contains("unreachable", collector.Delivery.Status.LastError, StringComparison.Ordinal);

        await _portal.StartAsync();
        await collector.WaitUntilDrainedAsync("the backlog is delivered");

        // Then the portal goes away again mid-operation and comes back.
        await _portal.StopAsync();
        var more = TestEvents.Many(20, 1000);
        events.AddRange(more);
        await collector.Outbox.EnqueueAsync(more);
        await CollectorHarness.WaitUntilAsync(() => collector.Delivery.Status.ConsecutiveFailures >= 1, "delivery fails again");
        await _portal.StartAsync();
        await collector.WaitUntilDrainedAsync("the second backlog is delivered");

        AssertStoredExactly(events);
        var status = collector.Delivery.Status;
        Assert.Equal(DeliveryState.Idle, status.State);
        Assert.Equal(0, status.ConsecutiveFailures);
        Assert.Null(status.LastError);
        Assert.NotNull(status.LastSuccessAt);
        Assert.Equal(170, status.Delivered);
        Assert.Empty(_dir.Segments());
        Assert.True(collector.Logs.Contains(LogLevel.Information, "works again"));
        AssertNoSecretIn(collector.Logs);
    }

    [Fact]
    public async Task Server_errors_are_retried_with_backoff_until_the_portal_recovers()
    {
        await _portal.StartAsync();
        _portal.FailNext(3, 503);
        var collector = await StartCollectorAsync();
        var events = TestEvents.Many(30);

        await collector.Outbox.EnqueueAsync(events);
        await collector.WaitUntilDrainedAsync("the events are delivered after the 503s");

        AssertStoredExactly(events);
        Assert.Equal(4, _portal.Requests);
        Assert.Equal(3, collector.Logs.Records.Count(r => r.Level == LogLevel.Warning && r.Message.Contains("HTTP 503", StringComparison.Ordinal)));
        Assert.Equal(0, collector.Delivery.Status.ConsecutiveFailures);
    }

    [Fact]
    public async Task A_batch_the_portal_finds_too_large_is_split_until_it_fits()
    {
        await _portal.StartAsync();
        _portal.MaxBatchSize = 7;
        var collector = await StartCollectorAsync(s => s["Outbox:BatchSize"] = "50");
        var events = TestEvents.Many(50);

        await collector.Outbox.EnqueueAsync(events);
        await collector.WaitUntilDrainedAsync("the split batches are delivered");

        AssertStoredExactly(events);
        Assert.True(_portal.TooLargeAnswers > 0);
        Assert.All(_portal.AcceptedBatchSizes, size => Assert.InRange(size, 1, 7));
        Assert.Equal(0, collector.Delivery.Status.ConsecutiveFailures);
    }

    [Fact]
    public async Task A_rejected_event_goes_to_the_dead_letter_file_without_blocking_the_others()
    {
        await _portal.StartAsync();
        var collector = await StartCollectorAsync();
        var good = TestEvents.Many(8);
        var bad = TestEvents.Run(99, job: "reject-me");

        await collector.Outbox.EnqueueAsync([.. good[..4], bad, .. good[4..]]);
        await collector.WaitUntilDrainedAsync("the batch is handled");

        AssertStoredExactly(good);
        var line = Assert.Single(File.ReadAllLines(_dir.Combine("rejected.jsonl")));
        using var dead = JsonDocument.Parse(line);
        Assert.Equal("rejected by the portal", dead.RootElement.GetProperty("reason").GetString());
        Assert.Equal("$.job.name", dead.RootElement.GetProperty("errors")[0].GetProperty("path").GetString());
        Assert.Equal("reject-me", dead.RootElement.GetProperty("event").GetProperty("job").GetProperty("name").GetString());

        Assert.Equal(1, collector.Delivery.Status.Rejected);
        Assert.Equal(0, collector.Delivery.Status.ConsecutiveFailures);
        var warning = Assert.Single(collector.Logs.Records, r => r.Level == LogLevel.Warning && r.Message.Contains("dead-letter", StringComparison.Ordinal));
        Assert.Contains("$.job.name", warning.Message, StringComparison.Ordinal);
        Assert.Contains("rejected.jsonl", warning.Message, StringComparison.Ordinal);

        // Later events still flow.
        await collector.Outbox.EnqueueAsync([TestEvents.Run(200)]);
        await CollectorHarness.WaitUntilAsync(() => _portal.StoredCount == 9, "a later event is delivered");
    }

    [Fact]
    public async Task A_wrong_api_key_stops_delivery_with_a_clear_error_and_keeps_the_events()
    {
        const string wrongKey = "wrong-key-8e1f4c2a9d77";
        await _portal.StartAsync();
        var events = TestEvents.Many(12);
        var collector = await StartCollectorAsync(s => s["Portal:ApiKey"] = wrongKey);

        await collector.Outbox.EnqueueAsync(events);
        await CollectorHarness.WaitUntilAsync(() => collector.Delivery.Status.State == DeliveryState.Unauthorized, "delivery stops");

        Assert.Equal(12, collector.Outbox.PendingCount);
        Assert.Equal(0, _portal.StoredCount);
        Assert.Equal(1, _portal.UnauthorizedAnswers);
        var error = Assert.Single(collector.Logs.Records, r => r.Level == LogLevel.Error && r.Message.Contains("STOPPED", StringComparison.Ordinal));
        Assert.Contains("refused the API key (HTTP 401", error.Message, StringComparison.Ordinal);
        Assert.Contains("Portal:ApiKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("12 events are kept", error.Message, StringComparison.Ordinal);
        Assert.Contains("API key", collector.Delivery.Status.LastError, StringComparison.Ordinal);

        // More scanning keeps buffering; nothing is sent with the wrong key.
        await collector.Outbox.EnqueueAsync([TestEvents.Run(500)]);
        Assert.Equal(13, collector.Outbox.PendingCount);
        Assert.Equal(1, _portal.UnauthorizedAnswers);
        AssertNoSecretIn(collector.Logs, wrongKey);

        // Restart with the right key: everything arrives.
        await collector.DisposeAsync();
        _harnesses.Remove(collector);
        var fixedCollector = await StartCollectorAsync();
        await fixedCollector.WaitUntilDrainedAsync("the kept events are delivered");
        AssertStoredExactly([.. events, TestEvents.Run(500)]);
        AssertNoSecretIn(fixedCollector.Logs, wrongKey);
    }

    [Fact]
    public async Task A_collector_killed_after_the_portal_stored_a_batch_resends_it_and_nothing_is_lost_or_stored_twice()
    {
        await _portal.StartAsync();
        _portal.HoldAnswers = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var collector = await StartCollectorAsync();
        var events = TestEvents.Many(20);

        await collector.Outbox.EnqueueAsync(events);
        // The portal has stored everything, but its answer has not reached the collector...
        await CollectorHarness.WaitUntilAsync(() => _portal.StoredCount == 20, "the portal stored the batch");
        Assert.Equal(20, collector.Outbox.PendingCount);

        // ...when the collector dies (stop with no grace period, then gone).
        await collector.DisposeAsync();
        _harnesses.Remove(collector);
        _portal.HoldAnswers = null;

        // Nothing was acknowledged: the restarted collector finds all 20 and resends them.
        var restarted = await StartCollectorAsync();
        await restarted.WaitUntilDrainedAsync("the resent events are acknowledged");

        AssertStoredExactly(events);
        Assert.Equal(20, _portal.Duplicates);
        Assert.All(_portal.StoredHashes.Values, receipts => Assert.Equal(2, receipts));
        Assert.Equal(20, restarted.Delivery.Status.Duplicates);
        Assert.Empty(_dir.Segments());
    }

    [Fact]
    public async Task On_a_graceful_stop_the_batch_in_flight_may_finish_and_its_acknowledgement_is_kept()
    {
        await _portal.StartAsync();
        _portal.HoldAnswers = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var collector = await StartCollectorAsync(s => s["Outbox:StopGracePeriod"] = "00:00:10");
        await collector.Outbox.EnqueueAsync(TestEvents.Many(10));
        await CollectorHarness.WaitUntilAsync(() => _portal.StoredCount == 10, "the portal stored the batch");

        // Shutdown begins while the answer is outstanding; the answer arrives within the grace period.
        var stopping = collector.Host.StopAsync();
        await CollectorHarness.WaitUntilAsync(() => collector.Logs.Records.Any(r => r.Message.Contains("Application is shutting down", StringComparison.Ordinal)), "shutdown has begun");
        _portal.HoldAnswers.SetResult();
        await stopping;

        Assert.Equal(0, collector.Outbox.PendingCount);
        Assert.Equal(DeliveryState.Stopped, collector.Delivery.Status.State);
        await collector.DisposeAsync();
        _harnesses.Remove(collector);

        // Nothing to resend after the restart.
        _portal.HoldAnswers = null;
        var restarted = await StartCollectorAsync();
        Assert.Equal(0, restarted.Outbox.PendingCount);
        Assert.Equal(0, _portal.Duplicates);
    }

    [Fact]
    public async Task Concurrent_producers_while_delivering_lose_nothing_and_duplicate_nothing()
    {
        await _portal.StartAsync();
        var collector = await StartCollectorAsync(s =>
        {
            s["Outbox:SegmentBytes"] = "4096";
            s["Outbox:BatchSize"] = "17";
        });

        var producers = Enumerable.Range(0, 8).Select(p => Task.Run(async () =>
        {
            var produced = new List<OpenLineageEvent>();
            for (var scan = 0; scan < 25; scan++)
            {
                var batch = TestEvents.Many(5, scan * 5, tag: $"producer-{p}");
                await collector.Outbox.EnqueueAsync(batch);
                produced.AddRange(batch);
            }

            return produced;
        })).ToList();
        var all = (await Task.WhenAll(producers)).SelectMany(e => e).ToList();

        await collector.WaitUntilDrainedAsync();
        Assert.Equal(1000, all.Count);
        AssertStoredExactly(all);
        Assert.Equal(0, _portal.Duplicates);
        Assert.Empty(_dir.Segments());
    }

    [Fact]
    public async Task Delivery_wakes_up_as_soon_as_events_are_enqueued()
    {
        await _portal.StartAsync();
        var collector = await StartCollectorAsync();
        await CollectorHarness.WaitUntilAsync(() => collector.Delivery.Status.State == DeliveryState.Idle, "delivery is idle");

        // There is no polling interval at all: only the enqueue signal can wake the loop.
        for (var round = 0; round < 3; round++)
        {
            await collector.Outbox.EnqueueAsync([TestEvents.Run(round)]);
            await CollectorHarness.WaitUntilAsync(() => _portal.StoredCount == round + 1, $"event {round} is delivered", TimeSpan.FromSeconds(5));
        }
    }

    [Fact]
    public async Task Large_batches_are_sent_gzip_compressed()
    {
        await _portal.StartAsync();
        var collector = await StartCollectorAsync(s => s["Portal:CompressionThresholdBytes"] = "2048");

        await collector.Outbox.EnqueueAsync([TestEvents.Run(1)]);
        await CollectorHarness.WaitUntilAsync(() => _portal.StoredCount == 1, "a small batch is delivered");
        Assert.Equal(0, _portal.GzipRequests);

        var many = TestEvents.Many(40, 100);
        await collector.Outbox.EnqueueAsync(many);
        await CollectorHarness.WaitUntilAsync(() => _portal.StoredCount == 41, "a large batch is delivered");
        Assert.Equal(1, _portal.GzipRequests);
    }

    [Fact]
    public async Task The_api_key_never_appears_in_the_logs_even_at_trace_level()
    {
        await _portal.StartAsync();
        _portal.FailNext(1, 500);
        var collector = await StartCollectorAsync();
        await collector.Outbox.EnqueueAsync(TestEvents.Many(5));
        await collector.WaitUntilDrainedAsync("events are delivered");

        // The HttpClient factory's own logging ran (it logs request headers at Trace level)...
        Assert.Contains(collector.Logs.Records, r => r.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal) && r.Level == LogLevel.Trace);
        Assert.Contains("Authorization", collector.Logs.AllText, StringComparison.Ordinal);
        // ...yet the key is nowhere, nor in the options' text.
        AssertNoSecretIn(collector.Logs);
        Assert.DoesNotContain(FakePortal.Key, collector.Host.Services.GetRequiredService<IOptions<Collector.Transport.PortalOptions>>().Value.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_api_key_fails_at_start_with_the_setting_named()
    {
        var settings = CollectorHarness.Settings(_dir.Path, _portal.Url, apiKey: null);
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => CollectorHarness.StartAsync(settings));
        Assert.Contains("Portal:ApiKey is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_collector_on_the_same_outbox_directory_fails_at_start()
    {
        await StartCollectorAsync();
        var error = await Assert.ThrowsAsync<OutboxLockedException>(() => CollectorHarness.StartAsync(CollectorHarness.Settings(_dir.Path, _portal.Url, FakePortal.Key)));
        Assert.Contains("already in use by another collector", error.Message, StringComparison.Ordinal);
    }

    private async Task<CollectorHarness> StartCollectorAsync(Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = CollectorHarness.Settings(_dir.Path, _portal.Url, FakePortal.Key);
        configure?.Invoke(settings);
        var harness = await CollectorHarness.StartAsync(settings);
        _harnesses.Add(harness);
        return harness;
    }

    /// <summary>The portal stored each of <paramref name="events"/> (by content hash) and nothing else.</summary>
    private void AssertStoredExactly(IEnumerable<OpenLineageEvent> events)
    {
        var expected = events.Select(e => FakePortal.HashOf(OpenLineageJson.SerializeToElement(e))).ToHashSet(StringComparer.Ordinal);
        var stored = _portal.StoredHashes.Keys.ToHashSet(StringComparer.Ordinal);
        Assert.Equal(expected.Count, stored.Count);
        Assert.True(expected.SetEquals(stored), "the portal stored a different set of events than was enqueued");
    }

    private static void AssertNoSecretIn(CapturingLoggerProvider logs, params string[] otherSecrets)
    {
        var text = logs.AllText;
        Assert.NotEmpty(text);
        foreach (var secret in otherSecrets.Append(FakePortal.Key))
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }
}
