using System.Diagnostics;
using Governance.Collector.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Governance.Collector.Tests.Outbox;

/// <summary>
/// The collector's delivery side as the application wires it: a host with <c>AddOutbox</c>, bound
/// from configuration, with every log entry captured (Trace level, HttpClient logging included).
/// </summary>
internal sealed class CollectorHarness : IAsyncDisposable
{
    private CollectorHarness(IHost host, CapturingLoggerProvider logs)
    {
        Host = host;
        Logs = logs;
    }

    public IHost Host { get; }

    public CapturingLoggerProvider Logs { get; }

    public IOutbox Outbox => Host.Services.GetRequiredService<IOutbox>();

    public OutboxDeliveryService Delivery => Host.Services.GetRequiredService<OutboxDeliveryService>();

    /// <summary>Configuration for fast tests: short backoff, no stop grace.</summary>
    public static Dictionary<string, string?> Settings(string outboxDirectory, Uri? portal = null, string? apiKey = null) => new()
    {
        ["Outbox:Directory"] = outboxDirectory,
        ["Outbox:RetryInitialDelay"] = "00:00:00.020",
        ["Outbox:RetryMaxDelay"] = "00:00:00.200",
        ["Outbox:StopGracePeriod"] = "00:00:00",
        ["Transport:Type"] = "Http",
        ["Portal:Url"] = portal?.ToString(),
        ["Portal:ApiKey"] = apiKey,
        ["Portal:RequestTimeout"] = "00:00:10",
        ["Portal:ConnectTimeout"] = "00:00:02",
    };

    public static async Task<CollectorHarness> StartAsync(Dictionary<string, string?> settings, CapturingLoggerProvider? logs = null)
    {
        var harness = Build(settings, logs);
        try
        {
            await harness.Host.StartAsync();
        }
        catch
        {
            // A host that failed to start cannot be stopped; disposing releases the outbox.
            harness.Host.Dispose();
            throw;
        }

        return harness;
    }

    public static CollectorHarness Build(Dictionary<string, string?> settings, CapturingLoggerProvider? logs = null)
    {
        logs ??= new CapturingLoggerProvider();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = "Test",
            ContentRootPath = Path.GetTempPath(),
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddOutbox(builder.Configuration);
        return new CollectorHarness(builder.Build(), logs);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Host.StopAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            // Already stopped or never started.
        }

        Host.Dispose();
    }

    /// <summary>
    /// Waits until everything enqueued so far is handled and the loop is idle again, i.e. the
    /// answer is recorded in the outbox, the status counters and the logs.
    /// </summary>
    public Task WaitUntilDrainedAsync(string what = "the outbox is drained") =>
        WaitUntilAsync(() => Delivery.Status is { State: DeliveryState.Idle, PendingCount: 0 }, what);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails with <paramref name="what"/> after <paramref name="timeout"/>.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(10);
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > limit)
            {
                Assert.Fail($"Timed out after {limit.TotalSeconds:0.#} s waiting until {what}.");
            }

            await Task.Delay(10);
        }
    }
}
