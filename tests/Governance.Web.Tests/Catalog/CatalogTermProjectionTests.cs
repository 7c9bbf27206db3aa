using System.Text.Json.Nodes;
using Governance.Web.Data.Entities;
using Governance.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Governance.Web.Tests.Catalog.CollectorFacets;

namespace Governance.Web.Tests.Catalog;

/// <summary>Owners, domains, tags and classifications in facets become catalog terms, kept current.</summary>
public abstract class CatalogTermProjectionTests(AppFixture fixture)
{
    private const string SymlinksSchema = "https://openlineage.io/spec/facets/1-0-1/SymlinksDatasetFacet.json#/$defs/SymlinksDatasetFacet";
    private static readonly DateTimeOffset T0 = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task Collector_facets_of_a_topic_and_a_job_become_terms()
    {
        var ns = TestEvents.Unique("kafka://lkc");
        using var client = _app.CreateIngestClient();
        var topic = Topic(ns, "customers.v1", new TopicLabels(
            Owner: "Team-CRM", Domain: "Customer", RegistryOwner: "team-crm",
            FieldTags: [("email", "PII"), ("card", "PCI")], Tags: [("tier", "gold")]));

        await PostAsync(client, TestEvents.DatasetEvent(topic, T0));
        await PostAsync(client, TestEvents.JobEvent(ns, "crm-sync", T0, [TestEvents.Dataset(ns, "customers.v1")], [], JobOwnership("team-sync")));

        var datasetTerms = await TermsAsync(ns, "customers.v1");
        Assert.Equal(
            [
                "Classification|PCI|pci|card",
                "Classification|PII|pii|email",
                "Domain|Customer|customer|",
                "Owner|Team-CRM|team-crm|", // the registry's "team-crm" is the same owner, spelled otherwise
                "Tag|tier:gold|tier:gold|",
            ],
            datasetTerms);
        var jobTerms = await _app.QueryAsync(db => db.CatalogTerms
            .Where(t => db.Jobs.Any(j => j.Id == t.JobId && j.Name == "crm-sync" && j.Namespace.Name == ns))
            .Select(t => new { t.Kind, t.Value, t.DatasetId }).ToListAsync());
        var jobTerm = Assert.Single(jobTerms);
        Assert.Equal((CatalogTermKind.Owner, "team-sync", (long?)null), (jobTerm.Kind, jobTerm.Value, jobTerm.DatasetId));
    }

    [Fact]
    public async Task A_later_event_replaces_the_terms_instead_of_adding_to_them()
    {
        var ns = TestEvents.Unique("kafka://lkc");
        using var client = _app.CreateIngestClient();
        await PostAsync(client, TestEvents.DatasetEvent(
            Topic(ns, "payments.v1", new TopicLabels(Owner: "team-pay", FieldTags: [("email", "PII"), ("iban", "PII")])), T0));

        await PostAsync(client, TestEvents.DatasetEvent(
            Topic(ns, "payments.v1", new TopicLabels(Owner: "team-finance", FieldTags: [("card", "PCI")])), T0.AddMinutes(1)));

        Assert.Equal(["Classification|PCI|pci|card", "Owner|team-finance|team-finance|"], await TermsAsync(ns, "payments.v1"));
    }

    [Fact]
    public async Task Events_that_do_not_change_the_labels_leave_the_terms_untouched()
    {
        var ns = TestEvents.Unique("kafka://lkc");
        using var client = _app.CreateIngestClient();
        var labels = new TopicLabels(Owner: "team-stock", FieldTags: [("sku", "INTERNAL")]);
        await PostAsync(client, TestEvents.DatasetEvent(Topic(ns, "stock.v1", labels, "Stock levels."), T0));
        var before = await TermIdsAsync(ns, "stock.v1");

        // Another facet changes (the description), the labels do not; and a repeat of the same event.
        await PostAsync(client, TestEvents.DatasetEvent(Topic(ns, "stock.v1", labels, "Stock levels per store."), T0.AddMinutes(1)));
        await PostAsync(client, TestEvents.Run("COMPLETE", ns, "stock-reader", Guid.NewGuid().ToString(), T0.AddMinutes(2),
            [Topic(ns, "stock.v1", labels, "Stock levels per store.")]));

        Assert.Equal(2, before.Count);
        Assert.Equal(before, await TermIdsAsync(ns, "stock.v1"));
    }

    [Fact]
    public async Task A_dataset_reported_twice_in_one_event_gets_its_terms_once()
    {
        var ns = TestEvents.Unique("kafka://lkc");
        using var client = _app.CreateIngestClient();
        var topic = Topic(ns, "loop.v1", new TopicLabels(Owner: "team-loop", FieldTags: [("email", "PII")]));

        await PostAsync(client, TestEvents.Run("COMPLETE", ns, "compactor", Guid.NewGuid().ToString(), T0, [topic], [topic]));

        Assert.Equal(["Classification|PII|pii|email", "Owner|team-loop|team-loop|"], await TermsAsync(ns, "loop.v1"));
    }

    [Fact]
    public async Task A_symlinked_identity_merged_into_its_dataset_brings_its_labels_along()
    {
        var clusterNs = TestEvents.Unique("kafka://lkc");
        var brokerNs = TestEvents.Unique("kafka://broker") + ":9092";
        using var client = _app.CreateIngestClient();
        // First known under the bootstrap spelling, with an owner; then the collector reports the cluster id.
        await PostAsync(client, TestEvents.DatasetEvent(Topic(brokerNs, "orders.v1", new TopicLabels(Owner: "team-orders")), T0));
        var canonical = Topic(clusterNs, "orders.v1", new TopicLabels(FieldTags: [("email", "PII")]))
            .WithFacet("symlinks", SymlinksSchema, new JsonObject
            {
                ["identifiers"] = new JsonArray(new JsonObject { ["namespace"] = brokerNs, ["name"] = "orders.v1", ["type"] = "TOPIC" }),
            });

        await PostAsync(client, TestEvents.DatasetEvent(canonical, T0.AddMinutes(1)));

        Assert.Equal(["Classification|PII|pii|email", "Owner|team-orders|team-orders|"], await TermsAsync(clusterNs, "orders.v1"));
        Assert.Empty(await TermsAsync(brokerNs, "orders.v1"));
        // No term is left pointing at the merged-away dataset.
        Assert.Equal(0, await _app.QueryAsync(db => db.CatalogTerms.CountAsync(t => t.DatasetId != null && !db.Datasets.Any(d => d.Id == t.DatasetId))));
    }

    private Task<List<string>> TermsAsync(string ns, string name) => _app.QueryAsync(async db =>
        (await db.CatalogTerms
            .Where(t => db.Datasets.Any(d => d.Id == t.DatasetId && d.Name == name && d.Namespace.Name == ns))
            .Select(t => new { t.Kind, t.Value, t.NormalizedValue, t.Field })
            .ToListAsync())
        .Select(t => $"{t.Kind}|{t.Value}|{t.NormalizedValue}|{t.Field}")
        .Order(StringComparer.Ordinal)
        .ToList());

    private Task<List<long>> TermIdsAsync(string ns, string name) => _app.QueryAsync(db => db.CatalogTerms
        .Where(t => db.Datasets.Any(d => d.Id == t.DatasetId && d.Name == name && d.Namespace.Name == ns))
        .OrderBy(t => t.Id).Select(t => t.Id).ToListAsync());
}

public sealed class SqliteCatalogTermProjectionTests(SqliteAppFixture fixture)
    : CatalogTermProjectionTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlCatalogTermProjectionTests(PostgreSqlAppFixture fixture)
    : CatalogTermProjectionTests(fixture), IClassFixture<PostgreSqlAppFixture>;
