using System.Text.RegularExpressions;

namespace Governance.Web.BrowserTests.Pages;

/// <summary>The catalog: search, filters with counts, the order, and a server-paged grid of datasets and jobs.</summary>
public sealed class CatalogPageObject(IPage page) : PortalPage(page)
{
    public ILocator SearchBox => Page.GetByTestId("catalog-search");
    public ILocator NamespaceFilter => Page.GetByTestId("catalog-namespace");
    public ILocator TypeFilter => Page.GetByTestId("catalog-type");
    public ILocator Grid => Page.GetByTestId("catalog-grid");
    public ILocator Rows => Page.GetByTestId("catalog-row");
    public ILocator Names => Rows.GetByTestId("catalog-name");
    public ILocator FirstName => Names.First;
    public ILocator TypeBadges => Rows.GetByTestId("entity-type");
    public ILocator DatasetBadges => Rows.Locator("[data-testid=entity-type][data-type=dataset]");
    public ILocator JobBadges => Rows.Locator("[data-testid=entity-type][data-type=job]");
    public ILocator NamespaceCells => Rows.GetByTestId("catalog-namespace-cell");
    public ILocator EmptyState => Page.GetByTestId("catalog-empty");
    public ILocator PagingSummary => Grid.Locator(".rz-pager-summary");
    public ILocator DomainFilter => Page.GetByTestId("catalog-domain-filter");
    public ILocator OwnerFilter => Page.GetByTestId("catalog-owner-filter");
    public ILocator TagFilter => Page.GetByTestId("catalog-tag-filter");
    public ILocator ClassificationFilter => Page.GetByTestId("catalog-classification-filter");
    public ILocator SortControl => Page.GetByTestId("catalog-sort");
    public ILocator Owners => Rows.GetByTestId("catalog-owner");
    public ILocator Classifications => Rows.GetByTestId("catalog-classification");
    public ILocator PiiBadges => Rows.Locator("[data-testid=catalog-classification][data-pii=true]");
    public ILocator Domains => Rows.GetByTestId("catalog-domain");

    /// <summary>Opens the catalog, optionally with a query string such as <c>?q=orders</c>.</summary>
    public async Task<CatalogPageObject> GotoAsync(string query = "")
    {
        await OpenAsync("catalog" + query);
        return this;
    }

    public async Task SearchAsync(string text)
    {
        await SearchBox.FillAsync(text);
        await SearchBox.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex($"[?&]q={Regex.Escape(Uri.EscapeDataString(text))}(&|$)"));
    }

    /// <summary>Types key by key without pressing Enter: the search applies itself whenever typing pauses.</summary>
    public async Task TypeSearchAsync(string text, int millisecondsBetweenKeys = 0) =>
        await SearchBox.PressSequentiallyAsync(text, new LocatorPressSequentiallyOptions { Delay = millisecondsBetweenKeys });

    /// <summary>The type filter's option: <c>all</c>, <c>dataset</c> or <c>job</c>.</summary>
    public ILocator TypeOption(string type) => Page.GetByTestId($"catalog-type-{type}");

    public async Task ShowTypeAsync(string type) => await TypeOption(type).ClickAsync();

    public async Task SelectNamespaceAsync(string @namespace)
    {
        await NamespaceFilter.ClickAsync();
        await Page.Locator(".rz-dropdown-item").GetByText(@namespace, new LocatorGetByTextOptions { Exact = true }).ClickAsync();
    }

    public async Task ClearNamespaceAsync() => await NamespaceFilter.Locator(".rz-dropdown-clear-icon").ClickAsync();

    /// <summary>Opens a label filter's drop-down (domain, owner, tag, classification).</summary>
    public async Task OpenAsync(ILocator filter) => await filter.ClickAsync();

    /// <summary>An option of the open drop-down: its value and, inside it, its count.</summary>
    public ILocator Option(string value) =>
        Page.Locator($".rz-dropdown-item:visible [data-testid=filter-option][data-value=\"{value}\"]");

    /// <summary>Chooses a value in a label filter.</summary>
    public async Task ChooseAsync(ILocator filter, string value)
    {
        await OpenAsync(filter);
        await Option(value).ClickAsync();
    }

    public async Task ClearAsync(ILocator filter) => await filter.Locator(".rz-dropdown-clear-icon").ClickAsync();

    /// <summary>Chooses the order by its label, e.g. "Name Z → A".</summary>
    public async Task SortByAsync(string label)
    {
        await SortControl.ClickAsync();
        await Page.Locator(".rz-dropdown-item:visible").GetByText(label, new LocatorGetByTextOptions { Exact = true }).ClickAsync();
    }

    public async Task NextPageAsync() => await Grid.Locator(".rz-pager-next").ClickAsync();

    public async Task<DatasetPageObject> OpenDatasetAsync(string name)
    {
        await Names.GetByText(name, new LocatorGetByTextOptions { Exact = true }).ClickAsync();
        var dataset = new DatasetPageObject(Page);
        await Expect(dataset.Name).ToHaveTextAsync(name);
        return dataset;
    }
}
