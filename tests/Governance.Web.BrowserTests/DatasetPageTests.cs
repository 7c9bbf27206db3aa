using System.Text.RegularExpressions;
using Governance.Web.BrowserTests.Infrastructure;
using Governance.Web.BrowserTests.Pages;
using static Governance.Web.BrowserTests.Infrastructure.RetailCatalog;

namespace Governance.Web.BrowserTests;

public sealed class DatasetPageTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task Shows_the_header_nested_fields_and_both_kinds_of_jobs()
    {
        var dataset = new DatasetPageObject(Page);

        await dataset.GotoAsync(Kafka, Orders);

        await Expect(dataset.Name).ToHaveTextAsync(Orders);
        await Expect(dataset.Namespace).ToHaveTextAsync(Kafka);
        await Expect(dataset.Type).ToHaveTextAsync("TOPIC");
        await Expect(dataset.Version).ToHaveTextAsync(new Regex(@"^v\d+$"));
        await Expect(dataset.Source).ToHaveTextAsync("cloud-broker");
        await Expect(dataset.Description).ToHaveTextAsync("Orders placed in stores and online, one event per order.");
        // A "domain" tag is the dataset's domain; other dataset tags stay tags.
        await Expect(dataset.Domains).ToHaveTextAsync(["sales"]);
        await Expect(dataset.Tags).ToContainTextAsync("pii:customer_id");
        await Expect(dataset.Tags).Not.ToContainTextAsync("domain");
        await Expect(dataset.Owners).ToHaveTextAsync([RetailCatalog.CheckoutTeam]);
        await Expect(dataset.OwnerMissing).ToHaveCountAsync(0);

        await Expect(dataset.FieldRows).ToHaveCountAsync(10);
        await Expect(dataset.Field("line_items")).ToHaveAttributeAsync("data-depth", "0");
        await Expect(dataset.Field("line_items.sku")).ToHaveAttributeAsync("data-depth", "1");
        await Expect(dataset.FieldName("line_items.sku")).ToHaveTextAsync("sku");
        await Expect(dataset.FieldType("line_items.quantity")).ToHaveTextAsync("int");
        await Expect(dataset.FieldDescription("line_items.unit_price")).ToHaveTextAsync("Price per unit at order time.");

        await Expect(dataset.Producers).ToHaveTextAsync([Checkout]);
        await Expect(dataset.Consumers).ToHaveTextAsync([OrderEnricher]);
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Facets_open_to_show_their_json()
    {
        var dataset = new DatasetPageObject(Page);
        await dataset.GotoAsync(Kafka, Payments);
        await Expect(dataset.FacetJson("schema")).ToBeHiddenAsync();

        await dataset.FacetHeader("schema").ClickAsync();

        await Expect(dataset.FacetJson("schema")).ToBeVisibleAsync();
        await Expect(dataset.FacetJson("schema")).ToContainTextAsync("\"name\": \"payment_id\"");
        await Expect(dataset.FacetJson("documentation")).ToBeHiddenAsync();
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task A_name_with_slashes_in_a_namespace_with_a_scheme_opens_from_the_catalog()
    {
        var catalog = await new CatalogPageObject(Page).GotoAsync($"?ns={Uri.EscapeDataString(Lake)}");

        var dataset = await catalog.OpenDatasetAsync(DailyOrders);

        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(DatasetPageObject.Url(Lake, DailyOrders)) + "$"));
        await Expect(dataset.Namespace).ToHaveTextAsync(Lake);
        await Expect(dataset.Type).ToHaveTextAsync("FILE");
        await Expect(dataset.FieldName("order_date")).ToHaveTextAsync("order_date");
        await Expect(dataset.Producers).ToHaveTextAsync([Archiver]);
        await Expect(dataset.Consumers).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("consumers").GetByTestId("job-list-empty")).ToBeVisibleAsync();

        await Page.ReloadAsync(); // the same URL works when loaded directly, not only when navigated to
        await dataset.WaitUntilInteractiveAsync();
        await Expect(dataset.Name).ToHaveTextAsync(DailyOrders);
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task An_unknown_dataset_shows_a_friendly_not_found_page()
    {
        var dataset = new DatasetPageObject(Page);

        await dataset.GotoAsync(Kafka, "returns.v9");

        await Expect(Page).ToHaveTitleAsync("Dataset not found · Governance");
        await Expect(dataset.NotFound).ToContainTextAsync("returns.v9");
        await Expect(dataset.NotFound).ToContainTextAsync(Kafka);
        await Expect(dataset.FieldRows).ToHaveCountAsync(0);

        await dataset.BackToCatalog.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/catalog$"));
        await Expect(new CatalogPageObject(Page).Rows.First).ToBeVisibleAsync();
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task The_breadcrumb_leads_back_to_the_catalog_of_the_namespace()
    {
        var dataset = new DatasetPageObject(Page);
        await dataset.GotoAsync(Lake, DailyOrders);

        await dataset.Breadcrumb.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = Lake, Exact = true }).ClickAsync();

        var catalog = new CatalogPageObject(Page);
        await Expect(Page).ToHaveURLAsync(new Regex($"[?&]ns={Regex.Escape(Uri.EscapeDataString(Lake))}(&|$)"));
        await Expect(catalog.Names).ToHaveTextAsync([DailyOrders]);
        await AssertPortalHealthyAsync();
    }
}
