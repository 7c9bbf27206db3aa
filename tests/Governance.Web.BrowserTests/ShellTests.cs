using System.Text.RegularExpressions;
using Governance.Web.BrowserTests.Infrastructure;
using Governance.Web.BrowserTests.Pages;

namespace Governance.Web.BrowserTests;

public sealed class ShellTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task The_home_page_is_the_catalog_and_the_navigation_lists_only_working_pages()
    {
        var catalog = new CatalogPageObject(Page);
        await Page.GotoAsync("");
        await catalog.WaitUntilInteractiveAsync();

        await Expect(Page).ToHaveTitleAsync("Catalog · Governance");
        await Expect(Page.GetByTestId("brand")).ToHaveTextAsync(new Regex("Governance"));
        await Expect(catalog.Rows.First).ToBeVisibleAsync();
        await Expect(catalog.Navigation.Locator(".rz-navigation-item-text")).ToHaveTextAsync(["Catalog", "Contracts", "Violations", "API (OpenAPI)"]);

        var openApi = await catalog.Navigation.Locator("a", new LocatorLocatorOptions { HasText = "API (OpenAPI)" }).GetAttributeAsync("href");
        Assert.NotNull(openApi);
        var document = await Page.APIRequest.GetAsync(openApi);
        Assert.Equal(200, document.Status);
        Assert.Contains("\"openapi\"", await document.TextAsync(), StringComparison.Ordinal);
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task The_navigation_leads_to_the_catalog_from_another_page()
    {
        var dataset = new DatasetPageObject(Page);
        await dataset.GotoAsync(RetailCatalog.Kafka, RetailCatalog.Orders);

        await dataset.Navigation.GetByText("Catalog", new LocatorGetByTextOptions { Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/catalog$"));
        await Expect(Page).ToHaveTitleAsync("Catalog · Governance");
        await Expect(new CatalogPageObject(Page).Rows.First).ToBeVisibleAsync();
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task An_unknown_address_shows_the_not_found_page_while_the_api_keeps_its_problem_details()
    {
        ExpectNotFoundResponses = true;
        var response = await Page.GotoAsync("no-such-page");
        await new CatalogPageObject(Page).WaitUntilInteractiveAsync();

        Assert.Equal(404, response?.Status);
        await Expect(Page).ToHaveTitleAsync("Page not found · Governance");
        await Expect(Page.GetByTestId("page-not-found")).ToBeVisibleAsync();

        var api = await Page.APIRequest.GetAsync("api/v1/no-such-resource");
        Assert.Equal(404, api.Status);
        Assert.StartsWith("application/problem+json", api.Headers["content-type"], StringComparison.Ordinal);

        await Page.GetByTestId("page-not-found").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Go to the catalog" }).ClickAsync();
        await Expect(new CatalogPageObject(Page).Rows.First).ToBeVisibleAsync();
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task The_theme_and_scripts_are_served_by_the_portal()
    {
        foreach (var asset in new[] { "_content/Radzen.Blazor/css/material.css", "_content/Radzen.Blazor/Radzen.Blazor.js", "_framework/blazor.web.js", "app.css" })
        {
            var response = await Page.APIRequest.GetAsync(asset);
            Assert.True(response.Status == 200, $"{asset} answered {response.Status}");
        }

        // The API keeps working next to the portal.
        var health = await Page.APIRequest.GetAsync("alive");
        Assert.Equal(200, health.Status);
    }
}
