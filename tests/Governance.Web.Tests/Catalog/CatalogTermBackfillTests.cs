using Governance.Web.Data;
using Governance.Web.Ingestion.Projection;
using Governance.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static Governance.Web.Tests.Catalog.CollectorFacets;

namespace Governance.Web.Tests.Catalog;

/// <summary>A catalog stored before terms existed gets them built at start-up, once.</summary>
public abstract class CatalogTermBackfillTests
{
    private static readonly DateTimeOffset T0 = new(2026, 7, 1, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task Start_up_builds_the_terms_of_a_catalog_that_has_none_and_later_starts_leave_them_alone()
    {
        await using var database = await CreateDatabaseAsync();
        var ns = TestEvents.Unique("kafka://legacy");
        List<string> expected;
        await using (var before = new GovernanceApp(database))
        {
            using var client = before.CreateIngestClient();
            await PostAsync(client, TestEvents.DatasetEvent(
                Topic(ns, "customers.v1", new TopicLabels(Owner: "team-crm", Domain: "customer", FieldTags: [("email", "PII")])), T0));
            await PostAsync(client, TestEvents.DatasetEvent(Topic(ns, "plain.v1", new TopicLabels()), T0));
            await PostAsync(client, TestEvents.JobEvent(ns, "crm-sync", T0, [], [], JobOwnership("team-sync")));
            expected = await TermsAsync(before);
            // As the database was before this feature: entities with facets, and no terms.
            await before.QueryAsync(db => db.CatalogTerms.ExecuteDeleteAsync());
        }

        await using var after = new GovernanceApp(database);
        _ = after.Server; // start-up, with its migrations and the backfill

        Assert.Equal(
            ["Classification|PII|email|dataset", "Domain|customer||dataset", "Owner|team-crm||dataset", "Owner|team-sync||job"],
            expected);
        Assert.Equal(expected, await TermsAsync(after));
        using var search = after.CreateClient();
        var found = await search.GetJsonAsync($"/api/v1/search?classification=PII&namespace={HttpExtensions.Segment(ns)}");
        Assert.Equal("customers.v1", Assert.Single(found.GetProperty("results").EnumerateArray()).GetProperty("name").GetString());

        // Once there are terms, ingestion keeps them current: a second run does nothing.
        var again = await CatalogTermBackfill.RunAsync(
            after.Services.GetRequiredService<IDbContextFactory<GovernanceDbContext>>(), NullLogger.Instance, CancellationToken.None);
        Assert.Equal(new CatalogTermBackfill.Result(0, 0, 0), again);
        Assert.Equal(expected, await TermsAsync(after));
    }

    [Fact]
    public async Task The_backfill_labels_entities_in_batches_and_reports_its_counts()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = new GovernanceApp(database);
        var ns = TestEvents.Unique("kafka://many");
        var count = CatalogTermBackfill.BatchSize + 7;
        using (var client = app.CreateIngestClient())
        {
            var topics = Enumerable.Range(0, count)
                .Select(i => Topic(ns, $"topic-{i:0000}", new TopicLabels(Owner: $"team-{i % 3}")))
                .ToList();
            await PostAsync(client, TestEvents.JobEvent(ns, "bulk-writer", T0, [], topics, JobOwnership("team-bulk")));
        }

        await app.QueryAsync(db => db.CatalogTerms.ExecuteDeleteAsync());

        var result = await CatalogTermBackfill.RunAsync(
            app.Services.GetRequiredService<IDbContextFactory<GovernanceDbContext>>(), NullLogger.Instance, CancellationToken.None);

        Assert.Equal(new CatalogTermBackfill.Result(count, 1, count + 1), result);
        Assert.Equal(Enumerable.Range(0, count).Count(i => i % 3 == 1), await app.QueryAsync(db => db.CatalogTerms.CountAsync(t => t.NormalizedValue == "team-1")));
    }

    private static Task<List<string>> TermsAsync(GovernanceApp app) => app.QueryAsync(async db =>
        (await db.CatalogTerms.Select(t => new { t.Kind, t.Value, t.Field, Owner = t.DatasetId != null ? "dataset" : "job" }).ToListAsync())
        .Select(t => $"{t.Kind}|{t.Value}|{t.Field}|{t.Owner}")
        .Order(StringComparer.Ordinal)
        .ToList());
}

public sealed class SqliteCatalogTermBackfillTests : CatalogTermBackfillTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}

public sealed class PostgreSqlCatalogTermBackfillTests : CatalogTermBackfillTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgreSqlAsync();
}
