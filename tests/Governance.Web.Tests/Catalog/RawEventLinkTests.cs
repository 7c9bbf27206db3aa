using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Web.Data.Entities;
using Governance.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Governance.Web.Tests.Infrastructure.HttpExtensions;

namespace Governance.Web.Tests.Catalog;

/// <summary>Every stored event is linked to the canonical datasets it named, with how it named them.</summary>
public abstract class RawEventLinkTests(AppFixture fixture)
{
    private const string SymlinksSchema = "https://openlineage.io/spec/facets/1-0-1/SymlinksDatasetFacet.json#/$defs/SymlinksDatasetFacet";
    private static readonly DateTimeOffset T0 = new(2026, 7, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task A_run_event_links_its_inputs_and_outputs_once_even_when_sent_again()
    {
        var ns = TestEvents.Unique("kafka://links");
        using var client = _app.CreateIngestClient();
        var run = TestEvents.Run("COMPLETE", ns, "enricher", Guid.NewGuid().ToString(), T0,
            [TestEvents.Dataset(ns, "orders"), TestEvents.Dataset(ns, "orders")], [TestEvents.Dataset(ns, "orders.enriched")]);

        var id = await PostAsync(client, run, HttpStatusCode.Created);
        Assert.Equal(id, await PostAsync(client, run, HttpStatusCode.OK));

        var links = await LinksAsync(id);
        Assert.Equal([($"{ns}/orders", RawEventDatasetRole.Input), ($"{ns}/orders.enriched", RawEventDatasetRole.Output)], links);
    }

    [Fact]
    public async Task A_dataset_read_and_written_by_one_event_is_listed_once_with_both_roles()
    {
        var ns = TestEvents.Unique("kafka://links");
        using var client = _app.CreateIngestClient();
        await PostAsync(client, TestEvents.Run("COMPLETE", ns, "compactor", Guid.NewGuid().ToString(), T0,
            [TestEvents.Dataset(ns, "ledger")], [TestEvents.Dataset(ns, "ledger")]), HttpStatusCode.Created);

        var events = await client.GetJsonAsync($"/api/v1/namespaces/{Segment(ns)}/datasets/ledger/events");

        Assert.Equal(1, events.GetProperty("totalCount").GetInt32());
        Assert.Equal(["INPUT", "OUTPUT"], events.GetProperty("events")[0].GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task An_event_naming_a_symlink_is_linked_to_the_canonical_dataset()
    {
        var (clusterNs, brokerNs) = (TestEvents.Unique("kafka://lkc"), TestEvents.Unique("kafka://broker") + ":9092");
        using var client = _app.CreateIngestClient();
        var topicId = await PostAsync(client, TestEvents.DatasetEvent(Canonical(clusterNs, brokerNs), T0), HttpStatusCode.Created);
        var runId = await PostAsync(client, TestEvents.Run("RUNNING", "flink", "fraud", Guid.NewGuid().ToString(), T0.AddMinutes(1),
            [TestEvents.Dataset(brokerNs, "payments")]), HttpStatusCode.Created);

        Assert.Equal([($"{clusterNs}/payments", RawEventDatasetRole.Dataset)], await LinksAsync(topicId));
        Assert.Equal([($"{clusterNs}/payments", RawEventDatasetRole.Input)], await LinksAsync(runId));
        Assert.Equal([runId, topicId], await EventIdsAsync(client, brokerNs));
    }

    [Fact]
    public async Task Events_reported_under_an_alias_stay_with_the_dataset_it_is_merged_into()
    {
        var (clusterNs, brokerNs) = (TestEvents.Unique("kafka://lkc"), TestEvents.Unique("kafka://broker") + ":9092");
        using var client = _app.CreateIngestClient();
        // Flink names the topic after its bootstrap server before the collector reports it under the cluster id.
        var flinkId = await PostAsync(client, TestEvents.Run("RUNNING", "flink", "fraud", Guid.NewGuid().ToString(), T0,
            [TestEvents.Dataset(brokerNs, "payments")]), HttpStatusCode.Created);
        var topicId = await PostAsync(client, TestEvents.DatasetEvent(Canonical(clusterNs, brokerNs), T0.AddMinutes(1)), HttpStatusCode.Created);

        Assert.Equal([($"{clusterNs}/payments", RawEventDatasetRole.Input)], await LinksAsync(flinkId));
        Assert.Equal([topicId, flinkId], await EventIdsAsync(client, clusterNs));
    }

    private static JsonObject Canonical(string clusterNs, string brokerNs) =>
        TestEvents.Dataset(clusterNs, "payments", ("payment_id", "string")).WithFacet("symlinks", SymlinksSchema, new JsonObject
        {
            ["identifiers"] = new JsonArray(new JsonObject { ["namespace"] = brokerNs, ["name"] = "payments", ["type"] = "TOPIC" }),
        });

    private async Task<List<(string, RawEventDatasetRole)>> LinksAsync(long rawEventId) =>
        (await _app.QueryAsync(db => (from l in db.RawEventDatasets
                                      where l.RawEventId == rawEventId
                                      join d in db.Datasets on l.DatasetId equals d.Id
                                      select new { Namespace = d.Namespace.Name, d.Name, l.Role }).ToListAsync()))
        .Select(l => ($"{l.Namespace}/{l.Name}", l.Role))
        .Order()
        .ToList();

    private static async Task<List<long>> EventIdsAsync(HttpClient client, string ns)
    {
        var events = await client.GetJsonAsync($"/api/v1/namespaces/{Segment(ns)}/datasets/payments/events");
        return events.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList();
    }

    private static async Task<long> PostAsync(HttpClient client, JsonObject evt, HttpStatusCode expected)
    {
        var response = await client.PostJsonAsync("/api/v1/lineage", evt);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, body);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("eventId").GetInt64();
    }
}

public sealed class SqliteRawEventLinkTests(SqliteAppFixture fixture) : RawEventLinkTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlRawEventLinkTests(PostgreSqlAppFixture fixture) : RawEventLinkTests(fixture), IClassFixture<PostgreSqlAppFixture>;
