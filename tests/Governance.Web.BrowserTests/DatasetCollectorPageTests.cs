using Governance.Web.BrowserTests.Pages;
using static Governance.Web.BrowserTests.CollectorScenario;

namespace Governance.Web.BrowserTests;

/// <summary>The dataset page of a topic the Kafka collector reports: governance labels, topic, evidence, lag and events.</summary>
[Collection(CollectorCollection.Name)]
public sealed class DatasetCollectorPageTests(CollectorFixture collector) : Infrastructure.BrowserTest(collector.Portal)
{
    [Fact]
    public async Task Shows_the_owner_and_the_pii_classification_in_the_header_and_on_the_fields()
    {
        var dataset = new DatasetPageObject(Page);

        await dataset.GotoAsync(Kafka, Customers);

        await Expect(dataset.Owners).ToHaveTextAsync([Owner]);
        await Expect(dataset.Domains).ToHaveTextAsync(["customer"]);
        await Expect(dataset.Classification("PII")).ToBeVisibleAsync();
        await Expect(dataset.ClassificationFields("PII")).ToHaveTextAsync("2 fields: address.street, email");
        await Expect(dataset.FieldClassification("email", "PII")).ToBeVisibleAsync();
        await Expect(dataset.FieldClassification("address.street", "PII")).ToBeVisibleAsync();
        await Expect(dataset.FieldClassification("customer_id", "PII")).ToHaveCountAsync(0);
        // Field tags belong to the fields: the header lists no tags of its own.
        await Expect(dataset.Tags).ToHaveCountAsync(0);
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Shows_the_partitions_and_configuration_of_the_topic()
    {
        var dataset = new DatasetPageObject(Page);

        await dataset.GotoAsync(Kafka, Customers);

        await Expect(dataset.TopicCluster).ToHaveTextAsync("crm (lkc-7q2x)");
        await Expect(dataset.TopicPartitions).ToHaveTextAsync("6");
        await Expect(dataset.TopicReplication).ToHaveTextAsync("3");
        await Expect(dataset.TopicConfigKeys).ToHaveTextAsync(["cleanup.policy", "min.insync.replicas", "retention.ms"]);
        await Expect(dataset.TopicConfig("retention.ms")).ToContainTextAsync("604800000 (7 d)");
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Each_producer_and_consumer_shows_its_evidence_or_who_reported_it()
    {
        var dataset = new DatasetPageObject(Page);

        await dataset.GotoAsync(Kafka, Customers);

        await Expect(dataset.Producers).ToHaveTextAsync([Connector]);
        await Expect(dataset.Evidence("producers", Connector)).ToHaveTextAsync(["CONNECTOR_CONFIG topics=customers.v1"]);
        await Expect(dataset.Consumers).ToHaveTextAsync([Billing, Indexer]);
        await Expect(dataset.Evidence("consumers", Billing)).ToHaveTextAsync([$"COMMITTED_OFFSET {BillingEvidence}"]);
        await Expect(dataset.ReportedBy("consumers", Indexer)).ToContainTextAsync($"reported by {IndexerProducer}");
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Each_consumer_group_shows_its_verdict_lag_and_trend()
    {
        var dataset = new DatasetPageObject(Page);

        await dataset.GotoAsync(Kafka, Customers);

        await Expect(dataset.LagGroups).ToHaveCountAsync(2);
        await Expect(dataset.LagVerdict(Billing)).ToHaveTextAsync("STALL");
        await Expect(dataset.LagVerdict(Billing)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("rz-badge-danger"));
        await Expect(dataset.LagTopic(Billing)).ToHaveTextAsync("160");
        await Expect(dataset.LagTrendPoints(Billing)).ToHaveCountAsync(BillingVerdicts.Length);
        await Expect(dataset.LagVerdict(Indexer)).ToHaveTextAsync("OK");
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Lists_the_raw_events_behind_the_dataset_and_opens_one_as_json()
    {
        var dataset = new DatasetPageObject(Page);
        await dataset.GotoAsync(Kafka, Customers);

        await Expect(dataset.EventRows).ToHaveCountAsync(EventCount);
        await Expect(dataset.EventRows.First).ToHaveAttributeAsync("data-kind", "RunEvent");
        await Expect(dataset.EventRows.Last).ToHaveAttributeAsync("data-kind", "DatasetEvent");

        await dataset.EventRows.Last.GetByTestId("event-view-json").ClickAsync();

        await Expect(dataset.RawEventJson).ToBeVisibleAsync();
        await Expect(dataset.RawEventJson).ToContainTextAsync("\"governance_topic\": {");
        await Expect(dataset.RawEventJson).ToContainTextAsync("\"retention.ms\": \"604800000\"");
        await AssertPortalHealthyAsync();
    }
}
