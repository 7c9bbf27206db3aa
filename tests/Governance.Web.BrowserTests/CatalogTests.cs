using System.Text.RegularExpressions;
using Governance.Web.BrowserTests.Infrastructure;
using Governance.Web.BrowserTests.Pages;
using static Governance.Web.BrowserTests.Infrastructure.RetailCatalog;

namespace Governance.Web.BrowserTests;

public sealed class CatalogTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task Search_finds_a_dataset_and_opens_its_page_with_fields_and_jobs()
    {
        var catalog = await new CatalogPageObject(Page).GotoAsync();

        await catalog.SearchAsync("enriched");

        // Names, descriptions and field names all match: the archiver's description mentions enriched orders.
        await Expect(catalog.Names).ToHaveTextAsync([Archiver, EnrichedOrders, DailyOrders]);
        var dataset = await catalog.OpenDatasetAsync(EnrichedOrders);

        await Expect(Page).ToHaveTitleAsync($"{EnrichedOrders} · Governance");
        await Expect(dataset.Namespace).ToHaveTextAsync(Kafka);
        await Expect(dataset.Description).ToHaveTextAsync(EnrichedOrdersDescription);
        await Expect(dataset.FieldRows).ToHaveCountAsync(5);
        await Expect(dataset.FieldName("customer_segment")).ToHaveTextAsync("customer_segment");
        await Expect(dataset.FieldType("customer_segment")).ToHaveTextAsync("string");
        await Expect(dataset.FieldDescription("customer_segment")).ToHaveTextAsync("Segment from the CRM: NEW, REGULAR or VIP.");
        await Expect(dataset.FieldType("total_amount")).ToHaveTextAsync("decimal(12,2)");
        await Expect(dataset.Producers).ToHaveTextAsync([OrderEnricher]);
        await Expect(dataset.Consumers).ToHaveTextAsync([Archiver]);
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Going_back_from_a_dataset_returns_to_the_same_search()
    {
        var catalog = await new CatalogPageObject(Page).GotoAsync();
        await catalog.SearchAsync("enriched");
        await catalog.ShowTypeAsync("dataset");
        await Expect(catalog.Names).ToHaveTextAsync([EnrichedOrders, DailyOrders]);
        await catalog.OpenDatasetAsync(DailyOrders);

        await Page.GoBackAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("[?&]q=enriched&type=dataset$"));
        await Expect(catalog.SearchBox).ToHaveValueAsync("enriched");
        await Expect(catalog.TypeOption("dataset")).ToHaveAttributeAsync("aria-checked", "true");
        await Expect(catalog.Names).ToHaveTextAsync([EnrichedOrders, DailyOrders]);
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Search_applies_by_itself_when_typing_pauses_and_is_kept_in_the_url()
    {
        var catalog = await new CatalogPageObject(Page).GotoAsync();

        await catalog.TypeSearchAsync("gateway");

        await Expect(Page).ToHaveURLAsync(new Regex("[?&]q=gateway(&|$)"));
        await Expect(catalog.Names).ToHaveTextAsync([PaymentGateway, PosGateway]);
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Slow_typing_searches_as_it_goes_without_losing_keystrokes()
    {
        var catalog = await new CatalogPageObject(Page).GotoAsync();

        // Slower than the search delay: every key applies a search and rewrites the URL while the
        // next key is already on its way, the case where a late echo could overwrite the box.
        await catalog.TypeSearchAsync("store-sales.store-2", millisecondsBetweenKeys: 450);

        await Expect(catalog.SearchBox).ToHaveValueAsync("store-sales.store-2");
        await Expect(Page).ToHaveURLAsync(new Regex(@"[?&]q=store-sales\.store-2(&|$)"));
        await Expect(catalog.FirstName).ToHaveTextAsync(StoreSales(20));
        await Expect(catalog.Rows).ToHaveCountAsync(10); // store-20 to store-29
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Filters_in_the_url_are_applied_and_shown_when_the_link_is_opened()
    {
        var catalog = await new CatalogPageObject(Page).GotoAsync($"?q=orders&type=dataset&ns={Uri.EscapeDataString(Kafka)}");

        await Expect(catalog.SearchBox).ToHaveValueAsync("orders");
        await Expect(catalog.NamespaceFilter).ToContainTextAsync(Kafka);
        await Expect(catalog.TypeOption("dataset")).ToHaveAttributeAsync("aria-checked", "true");
        await Expect(catalog.Names).ToHaveTextAsync([EnrichedOrders, Orders]);
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Next_page_shows_the_following_rows()
    {
        var catalog = await new CatalogPageObject(Page).GotoAsync();
        await catalog.SearchAsync(StoreSalesPrefix);
        await Expect(catalog.Rows).ToHaveCountAsync(20);
        await Expect(catalog.FirstName).ToHaveTextAsync(StoreSales(1));
        await Expect(catalog.PagingSummary).ToContainTextAsync($"{StoreCount} results");

        await catalog.NextPageAsync();

        await Expect(catalog.Rows).ToHaveCountAsync(StoreCount - 20);
        await Expect(catalog.FirstName).ToHaveTextAsync(StoreSales(21));
        await Expect(catalog.Names.Last).ToHaveTextAsync(StoreSales(StoreCount));
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Sorting_by_name_descending_reverses_the_rows_across_pages()
    {
        var catalog = await new CatalogPageObject(Page).GotoAsync();
        await catalog.SearchAsync(StoreSalesPrefix);
        await Expect(catalog.FirstName).ToHaveTextAsync(StoreSales(1));

        await Expect(catalog.SortControl).ToContainTextAsync("Name A → Z"); // the default order
        await catalog.SortByAsync("Name Z → A");
        await Expect(Page).ToHaveURLAsync(new Regex("[?&]sort=name-desc(&|$)"));
        await Expect(catalog.FirstName).ToHaveTextAsync(StoreSales(StoreCount));
        await Expect(catalog.Rows).ToHaveCountAsync(20);

        await catalog.NextPageAsync();
        await Expect(catalog.Rows).ToHaveCountAsync(StoreCount - 20);
        await Expect(catalog.FirstName).ToHaveTextAsync(StoreSales(StoreCount - 20));
        await Expect(catalog.Names.Last).ToHaveTextAsync(StoreSales(1));
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Sorting_by_update_time_orders_oldest_then_newest_first()
    {
        var catalog = await new CatalogPageObject(Page).GotoAsync();
        await catalog.SearchAsync(StoreSalesPrefix);

        await catalog.SortByAsync("Least recently updated"); // the highest store number reported first
        await Expect(catalog.FirstName).ToHaveTextAsync(StoreSales(StoreCount));
        await catalog.SortByAsync("Recently updated");
        await Expect(catalog.FirstName).ToHaveTextAsync(StoreSales(1));
        await Expect(Page).ToHaveURLAsync(new Regex("[?&]sort=newest(&|$)"));

        // The order is part of the link, and the back button restores the previous one.
        await Page.GoBackAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("[?&]sort=oldest(&|$)"));
        await Expect(catalog.FirstName).ToHaveTextAsync(StoreSales(StoreCount));
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Type_filter_shows_only_jobs_or_only_datasets()
    {
        var catalog = await new CatalogPageObject(Page).GotoAsync();
        await Expect(catalog.PagingSummary).ToContainTextAsync($"{DatasetCount + JobCount} results");

        await catalog.ShowTypeAsync("job");

        await Expect(Page).ToHaveURLAsync(new Regex("[?&]type=job(&|$)"));
        await Expect(catalog.Rows).ToHaveCountAsync(JobCount);
        await Expect(catalog.Names).ToHaveTextAsync([Checkout, OrderEnricher, Archiver, PaymentGateway, PosGateway]);
        await Expect(catalog.TypeBadges).ToHaveCountAsync(JobCount);
        await Expect(catalog.DatasetBadges).ToHaveCountAsync(0);
        // Every job links to its page.
        await Expect(catalog.Grid.Locator("a[data-testid=catalog-name]")).ToHaveCountAsync(JobCount);

        await catalog.ShowTypeAsync("dataset");
        await Expect(catalog.PagingSummary).ToContainTextAsync($"{DatasetCount} results");
        await Expect(catalog.DatasetBadges).ToHaveCountAsync(20);
        await Expect(catalog.JobBadges).ToHaveCountAsync(0);
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Namespace_filter_narrows_the_catalog_and_can_be_cleared()
    {
        var catalog = await new CatalogPageObject(Page).GotoAsync();

        await catalog.SelectNamespaceAsync(Lake);

        await Expect(Page).ToHaveURLAsync(new Regex($"[?&]ns={Regex.Escape(Uri.EscapeDataString(Lake))}(&|$)"));
        await Expect(catalog.Names).ToHaveTextAsync([DailyOrders]);
        await Expect(catalog.NamespaceCells).ToHaveTextAsync([Lake]);

        await catalog.ClearNamespaceAsync();
        await Expect(catalog.PagingSummary).ToContainTextAsync($"{DatasetCount + JobCount} results");
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task A_search_without_matches_says_so_and_offers_the_whole_catalog()
    {
        var catalog = await new CatalogPageObject(Page).GotoAsync();

        await catalog.SearchAsync("no-such-topic-anywhere");

        await Expect(catalog.EmptyState).ToBeVisibleAsync();
        await Expect(catalog.Rows).ToHaveCountAsync(0);

        await catalog.EmptyState.GetByTestId("show-whole-catalog").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/catalog$"));
        await Expect(catalog.SearchBox).ToHaveValueAsync("");
        await Expect(catalog.PagingSummary).ToContainTextAsync($"{DatasetCount + JobCount} results");
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Classification_filter_finds_the_personal_data_and_flags_it()
    {
        var catalog = await new CatalogPageObject(Page).GotoAsync();
        await catalog.OpenAsync(catalog.ClassificationFilter);
        await Expect(catalog.Option("PII").GetByTestId("filter-option-count")).ToHaveTextAsync("1");

        await catalog.Option("PII").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("[?&]classification=PII(&|$)"));
        await Expect(catalog.Names).ToHaveTextAsync([Orders]);
        await Expect(catalog.PiiBadges).ToHaveCountAsync(1);
        await Expect(catalog.PiiBadges).ToHaveTextAsync("PII");
        await Expect(catalog.Owners).ToHaveTextAsync([CheckoutTeam]);
        await Expect(catalog.Domains).ToHaveTextAsync(["sales"]);
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Owner_filter_narrows_the_catalog_keeps_its_choice_in_the_url_and_back_undoes_it()
    {
        var catalog = await new CatalogPageObject(Page).GotoAsync();
        await Expect(catalog.PagingSummary).ToContainTextAsync($"{DatasetCount + JobCount} results");

        await catalog.ChooseAsync(catalog.OwnerFilter, PaymentsTeam);

        await Expect(Page).ToHaveURLAsync(new Regex($"[?&]owner={PaymentsTeam}(&|$)"));
        await Expect(catalog.Names).ToHaveTextAsync([Payments]);
        await Expect(catalog.Owners).ToHaveTextAsync([PaymentsTeam]);
        await Expect(catalog.PiiBadges).ToHaveCountAsync(0);

        await Page.GoBackAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/catalog$"));
        await Expect(catalog.PagingSummary).ToContainTextAsync($"{DatasetCount + JobCount} results");
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task A_shared_link_with_label_filters_shows_them_chosen_whatever_their_case()
    {
        var catalog = await new CatalogPageObject(Page).GotoAsync($"?owner={CheckoutTeam.ToUpperInvariant()}&classification=pii");

        await Expect(catalog.Names).ToHaveTextAsync([Orders]);
        await Expect(catalog.OwnerFilter).ToHaveAttributeAsync("data-selected", CheckoutTeam);
        await Expect(catalog.ClassificationFilter).ToHaveAttributeAsync("data-selected", "PII");
        await Expect(catalog.ClassificationFilter).ToContainTextAsync("PII");

        await catalog.ClearAsync(catalog.OwnerFilter);
        await Expect(Page).ToHaveURLAsync(new Regex("/catalog\\?classification=pii$"));
        await Expect(catalog.Names).ToHaveTextAsync([Orders]);
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Search_words_match_owners()
    {
        var catalog = await new CatalogPageObject(Page).GotoAsync();

        await catalog.SearchAsync(PaymentsTeam);

        await Expect(catalog.Names).ToHaveTextAsync([Payments]);
        await AssertPortalHealthyAsync();
    }
}
