namespace Governance.Web.BrowserTests.Pages;

/// <summary>One dataset: header, fields, producing and consuming jobs with evidence, topic, lag, events, facets.</summary>
public sealed class DatasetPageObject(IPage page) : PortalPage(page)
{
    public ILocator Name => Page.GetByTestId("dataset-name");
    public ILocator Namespace => Page.GetByTestId("dataset-namespace");
    public ILocator Type => Page.GetByTestId("dataset-type");
    public ILocator Version => Page.GetByTestId("dataset-version");
    public ILocator Description => Page.GetByTestId("dataset-description");
    public ILocator Source => Page.GetByTestId("dataset-source");
    public ILocator Tags => Page.GetByTestId("dataset-tags");
    public ILocator FieldRows => Page.GetByTestId("field-row");
    public ILocator Producers => Page.GetByTestId("producers").GetByTestId("job-name");
    public ILocator Consumers => Page.GetByTestId("consumers").GetByTestId("job-name");
    public ILocator Breadcrumb => Page.GetByTestId("breadcrumb");
    public ILocator NotFound => Page.GetByTestId("dataset-not-found");
    public ILocator BackToCatalog => Page.GetByTestId("back-to-catalog");

    /// <summary>The URL the portal links to: namespace and name each one percent-encoded segment.</summary>
    public static string Url(string @namespace, string name) =>
        $"datasets/{Uri.EscapeDataString(@namespace)}/{Uri.EscapeDataString(name)}";

    public async Task GotoAsync(string @namespace, string name) => await OpenAsync(Url(@namespace, name));

    /// <summary>A field row by its dotted path (<c>line_items.sku</c> for nested fields).</summary>
    public ILocator Field(string path) => Page.Locator($"[data-testid=field-row][data-path=\"{path}\"]");

    public ILocator FieldName(string path) => Field(path).GetByTestId("field-name");
    public ILocator FieldType(string path) => Field(path).GetByTestId("field-type");
    public ILocator FieldDescription(string path) => Field(path).GetByTestId("field-description");

    /// <summary>The button that opens or closes a facet's section.</summary>
    public ILocator FacetHeader(string key) => Page.Locator($"[data-testid=facet][data-facet=\"{key}\"] button");

    /// <summary>The pretty-printed JSON of a facet (visible once its section is open).</summary>
    public ILocator FacetJson(string key) =>
        Page.Locator($"[data-testid=facet][data-facet=\"{key}\"] + [role=region] [data-testid=facet-json]");

    public ILocator VersionRows => Page.GetByTestId("version-row");
    public ILocator VersionFrom => Page.GetByTestId("version-from");
    public ILocator VersionTo => Page.GetByTestId("version-to");
    public ILocator Diff => Page.GetByTestId("version-diff");
    public ILocator DiffRows => Page.GetByTestId("diff-row");
    public ILocator DiffEmpty => Page.GetByTestId("diff-empty");

    /// <summary>A row of the version diff by change kind (added, removed, changed) and dotted path.</summary>
    public ILocator DiffRow(string change, string path) =>
        Page.Locator($"[data-testid=diff-row][data-change={change}][data-path=\"{path}\"]");

    public ILocator Owners => Page.GetByTestId("dataset-owner");
    public ILocator Domains => Page.GetByTestId("dataset-domain");
    public ILocator OwnerMissing => Page.GetByTestId("dataset-owner-missing");

    /// <summary>The header's badge for a classification such as PII.</summary>
    public ILocator Classification(string name) =>
        Page.Locator($"[data-testid=dataset-classifications] [data-testid=classification-badge][data-classification=\"{name}\"]");

    /// <summary>The header's list of the fields that carry a classification.</summary>
    public ILocator ClassificationFields(string name) => Page.Locator($"[data-testid=classification-fields][data-classification=\"{name}\"]");

    /// <summary>A classification badge in a field's row of the schema table.</summary>
    public ILocator FieldClassification(string path, string name) => Field(path).Locator($"[data-classification=\"{name}\"]");

    public ILocator TopicCluster => Page.GetByTestId("topic-cluster");
    public ILocator TopicPartitions => Page.GetByTestId("topic-partitions");
    public ILocator TopicReplication => Page.GetByTestId("topic-replication");
    public ILocator TopicConfigKeys => Page.Locator("[data-testid=topic-config] td:first-child");
    public ILocator TopicConfig(string key) => Page.Locator($"[data-testid=topic-config][data-key=\"{key}\"]");

    /// <summary>A producer's or consumer's entry: <paramref name="side"/> is <c>producers</c> or <c>consumers</c>.</summary>
    public ILocator Edge(string side, string job) => Page.GetByTestId(side).Locator($"[data-testid=job-ref][data-job=\"{job}\"]");

    public ILocator Evidence(string side, string job) => Edge(side, job).GetByTestId("evidence-item");
    public ILocator ReportedBy(string side, string job) => Edge(side, job).GetByTestId("edge-reported-by");

    public ILocator LagGroups => Page.GetByTestId("lag-group");
    public ILocator LagGroup(string job) => Page.Locator($"[data-testid=lag-group][data-group=\"{job}\"]");
    public ILocator LagVerdict(string job) => LagGroup(job).GetByTestId("lag-verdict");
    public ILocator LagTopic(string job) => LagGroup(job).GetByTestId("lag-topic");
    public ILocator LagTrendPoints(string job) => LagGroup(job).GetByTestId("lag-trend-point");

    public ILocator EventRows => Page.GetByTestId("event-row");

    /// <summary>The dialog's view of one event's JSON.</summary>
    public ILocator RawEventJson => Page.GetByTestId("raw-event-json");

}
