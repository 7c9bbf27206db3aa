using Governance.Web.Data.Entities;
using Governance.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Governance.Web.Tests.Catalog.LineageGraphJson;

namespace Governance.Web.Tests.Catalog;

/// <summary>Lineage graph nodes carry their tags and classifications from the catalog terms.</summary>
public abstract class LineageNodeTagsTests(AppFixture fixture)
{
    private static readonly DateTimeOffset T0 = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task Nodes_list_their_distinct_tags_and_classifications_sorted()
    {
        var ns = TestEvents.Unique("tags");
        using var client = _app.CreateIngestClient();
        await PostAsync(client, TestEvents.Run("COMPLETE", ns, "enrich", Guid.NewGuid().ToString(), T0,
            [TestEvents.Dataset(ns, "customers")], [TestEvents.Dataset(ns, "profiles")]));
        await _app.QueryAsync(async db =>
        {
            var customers = await db.Datasets.Where(d => d.Namespace.Name == ns && d.Name == "customers").Select(d => d.Id).SingleAsync();
            var enrich = await db.Jobs.Where(j => j.Namespace.Name == ns && j.Name == "enrich").Select(j => j.Id).SingleAsync();
            db.CatalogTerms.AddRange(
                Term(CatalogTermKind.Classification, "PII", datasetId: customers, field: "email"),
                Term(CatalogTermKind.Classification, "PII", datasetId: customers, field: "phone"),
                Term(CatalogTermKind.Tag, "gold", datasetId: customers),
                Term(CatalogTermKind.Tag, "PII", datasetId: customers),
                Term(CatalogTermKind.Classification, "CONFIDENTIAL", datasetId: customers),
                Term(CatalogTermKind.Owner, "team-crm", datasetId: customers),
                Term(CatalogTermKind.Domain, "sales", datasetId: customers),
                Term(CatalogTermKind.Tag, "critical", jobId: enrich),
                Term(CatalogTermKind.Owner, "team-data", jobId: enrich));
            return await db.SaveChangesAsync();
        });

        var graph = await GraphAsync(client, $"dataset:{ns}:customers", 1);

        Assert.Equal(["CONFIDENTIAL", "PII", "gold"], Tags(graph, $"dataset:{ns}:customers"));
        Assert.Equal(["critical"], Tags(graph, $"job:{ns}:enrich"));
        Assert.Empty(Tags(graph, $"dataset:{ns}:profiles"));
    }

    private static CatalogTerm Term(CatalogTermKind kind, string value, long? datasetId = null, long? jobId = null, string? field = null) => new()
    {
        Kind = kind,
        Value = value,
        NormalizedValue = value.ToLowerInvariant(),
        DatasetId = datasetId,
        JobId = jobId,
        Field = field,
    };

    private static List<string?> Tags(System.Text.Json.JsonElement graph, string nodeId) =>
        Node(graph, nodeId).GetProperty("data").GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList();
}

public sealed class SqliteLineageNodeTagsTests(SqliteAppFixture fixture) : LineageNodeTagsTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlLineageNodeTagsTests(PostgreSqlAppFixture fixture) : LineageNodeTagsTests(fixture), IClassFixture<PostgreSqlAppFixture>;
