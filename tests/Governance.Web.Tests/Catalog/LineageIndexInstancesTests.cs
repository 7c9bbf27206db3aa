using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Governance.Web.Data.Entities;
using Governance.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using static Governance.Web.Tests.Catalog.LineageGraphJson;

namespace Governance.Web.Tests.Catalog;

/// <summary>
/// Several portal instances on one database: each instance's lineage index sees what the others
/// stored, an edge committed late (with an event id below what the index has seen) is picked up, and
/// concurrent first requests load the index once.
/// </summary>
public abstract class LineageIndexInstancesTests(AppFixture fixture)
{
    private static readonly DateTimeOffset T0 = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task An_instance_sees_the_edges_another_instance_stored()
    {
        var ns = TestEvents.Unique("instances");
        await using var other = _app.WithWebHostBuilder(_ => { });
        using var reader = _app.CreateIngestClient();
        using var writer = IngestClient(other);
        await PostAsync(reader, Complete(ns, "j1", T0, "a", "b"));
        Assert.Equal(["a>j1", "j1>b"], Edges(await GraphAsync(reader, $"dataset:{ns}:a", 5), ns));
        Assert.Equal(["a>j1", "j1>b"], Edges(await GraphAsync(writer, $"dataset:{ns}:a", 5), ns));

        await PostAsync(writer, Complete(ns, "j2", T0.AddHours(1), "b", "c"));
        await PostAsync(writer, Complete(ns, "j1", T0.AddHours(2), "a", "b2"));

        Assert.Equal(["a>j1", "j1>b2"], Edges(await GraphAsync(reader, $"dataset:{ns}:a", 5), ns));
        Assert.Equal(["b>j2", "j2>c"], Edges(await GraphAsync(reader, $"dataset:{ns}:c", 5), ns));
    }

    [Fact]
    public async Task An_edge_committed_late_within_the_window_shows_at_the_next_query()
    {
        var ns = TestEvents.Unique("late");
        using var client = _app.CreateIngestClient();
        var early = await PostAsync(client, Complete(ns, "j1", T0, "a", "b"));
        await PostAsync(client, TestEvents.DatasetEvent(TestEvents.Dataset(ns, "late-output"), T0));
        await PostAsync(client, Complete(ns, "j2", T0, "b", "c"));
        Assert.Equal(["a>j1", "j1>b"], Edges(await GraphAsync(client, $"dataset:{ns}:a", 1), ns));

        // Another instance's transaction for the early event commits only now.
        await InsertLateEdgeAsync(ns, "j1", "late-output", stamp: early);

        Assert.Equal(["a>j1", "j1>b", "j1>late-output"], Edges(await GraphAsync(client, $"dataset:{ns}:a", 1), ns));
    }

    [Fact]
    public async Task An_edge_committed_later_than_the_window_shows_after_the_periodic_rebuild()
    {
        var ns = TestEvents.Unique("rebuild");
        await using var instance = _app.WithWebHostBuilder(builder => builder
            .UseSetting("Lineage:Index:LateCommitWindow", "0")
            .UseSetting("Lineage:Index:FullReloadInterval", "00:00:01"));
        using var client = IngestClient(instance);
        var early = await PostAsync(client, Complete(ns, "j1", T0, "a", "b"));
        await PostAsync(client, TestEvents.DatasetEvent(TestEvents.Dataset(ns, "late-output"), T0));
        Assert.Equal(["a>j1", "j1>b"], Edges(await GraphAsync(client, $"dataset:{ns}:a", 5), ns));

        await InsertLateEdgeAsync(ns, "j1", "late-output", stamp: early);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<string> edges;
        do
        {
            await Task.Delay(200);
            edges = Edges(await GraphAsync(client, $"dataset:{ns}:a", 1), ns);
        }
        while (edges.Count < 3 && DateTime.UtcNow < deadline);

        Assert.Equal(["a>j1", "j1>b", "j1>late-output"], edges);
    }

    [Fact]
    public async Task Concurrent_first_requests_load_the_index_once_and_agree()
    {
        var ns = TestEvents.Unique("concurrent");
        using (var client = _app.CreateIngestClient())
        {
            await PostAsync(client, Complete(ns, "j1", T0, "a", "b"));
            await PostAsync(client, Complete(ns, "j2", T0, "b", "c"));
        }

        var logs = new BuildLogCounter();
        await using var fresh = _app.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        using var reader = fresh.CreateClient();

        var graphs = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => GraphAsync(reader, $"dataset:{ns}:a", 5)));

        Assert.All(graphs, graph => Assert.Equal(["a>j1", "b>j2", "j1>b", "j2>c"], Edges(graph, ns)));
        Assert.Equal(1, logs.Builds);
    }

    [Fact]
    public void A_negative_late_commit_window_stops_the_start()
    {
        using var invalid = _app.WithWebHostBuilder(builder => builder.UseSetting("Lineage:Index:LateCommitWindow", "-1"));

        var error = Assert.Throws<OptionsValidationException>(() => invalid.CreateClient());
        Assert.Contains("LateCommitWindow", error.Message);
    }

    private async Task InsertLateEdgeAsync(string ns, string job, string dataset, long stamp) =>
        await _app.QueryAsync(async db =>
        {
            var jobId = await db.Jobs.Where(j => j.Namespace.Name == ns && j.Name == job).Select(j => j.Id).SingleAsync();
            var datasetId = await db.Datasets.Where(d => d.Namespace.Name == ns && d.Name == dataset).Select(d => d.Id).SingleAsync();
            db.LineageEdges.Add(new LineageEdge
            {
                JobId = jobId,
                DatasetId = datasetId,
                Direction = EdgeDirection.Output,
                ValidFrom = T0.UtcDateTime,
                LastSeenAt = T0.UtcDateTime,
                RawEventId = stamp,
                ChangedByEventId = stamp,
            });
            return await db.SaveChangesAsync();
        });

    private static HttpClient IngestClient(WebApplicationFactory<Program> instance)
    {
        var client = instance.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", GovernanceApp.ApiKey);
        return client;
    }

    private static System.Text.Json.Nodes.JsonObject Complete(string ns, string job, DateTimeOffset time, string input, string output) =>
        TestEvents.Run("COMPLETE", ns, job, Guid.NewGuid().ToString(), time, [TestEvents.Dataset(ns, input)], [TestEvents.Dataset(ns, output)]);

    /// <summary>Counts the index's "built" messages, i.e. full loads from the database.</summary>
    private sealed class BuildLogCounter : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public int Builds => _messages.Count(m => m.StartsWith("Lineage index built", StringComparison.Ordinal));

        public ILogger CreateLogger(string categoryName) => categoryName == "Governance.Web.Catalog.Graph.LineageIndex"
            ? new Logger(_messages)
            : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception));
        }
    }
}

public sealed class SqliteLineageIndexInstancesTests(SqliteAppFixture fixture) : LineageIndexInstancesTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlLineageIndexInstancesTests(PostgreSqlAppFixture fixture) : LineageIndexInstancesTests(fixture), IClassFixture<PostgreSqlAppFixture>;
