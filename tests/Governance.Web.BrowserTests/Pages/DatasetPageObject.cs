namespace Governance.Web.BrowserTests.Pages;

/// <summary>One dataset: header, fields, producing and consuming jobs, facets.</summary>
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

}
