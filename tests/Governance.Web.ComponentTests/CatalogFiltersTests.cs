using Governance.Web.Catalog;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Components.Shared;

namespace Governance.Web.ComponentTests;

public sealed class CatalogFiltersTests : ComponentTest
{
    private static readonly SearchFacets Facets = new(
        Namespaces: [new("kafka://cloud", 7)],
        Types: [new("DATASET", 6), new("JOB", 1)],
        Domains: [new("sales", 4), new("payments", 2)],
        Owners: [new("team-checkout", 3), new("team-payments", 1)],
        Tags: [new("tier:gold", 1)],
        Classifications: [new("PII", 2), new("PCI", 1)]);

    [Fact]
    public void A_filter_travels_through_its_url_and_defaults_are_left_out()
    {
        var filter = CatalogFilter.From("orders", "datasets", "kafka://cloud", "Sales", "team-checkout", "tier:gold", "PII", "NEWEST");

        Assert.Equal(
            "catalog?q=orders&type=dataset&ns=kafka%3A%2F%2Fcloud&domain=Sales&owner=team-checkout&tag=tier%3Agold&classification=PII&sort=newest",
            filter.ToUrl());
        Assert.Equal((CatalogSort.UpdatedAt, SortDirection.Descending), filter.Order);
        Assert.Equal(new CatalogCriteria("orders", "DATASET", "kafka://cloud", "Sales", "team-checkout", "tier:gold", "PII"), filter.ToCriteria());
        Assert.Equal("catalog?owner=a%20b", CatalogFilter.From(null, null, null, owner: " a b ", sort: "sideways").ToUrl());
        Assert.Equal(CatalogFilter.ByName, CatalogFilter.From(null, null, null, sort: "sideways").Sort);
        Assert.Equal("catalog", CatalogFilter.Everything.ToUrl());
    }

    [Fact]
    public void A_chosen_value_the_counts_do_not_list_is_still_offered_and_case_does_not_matter()
    {
        var counted = new List<FacetValue> { new("PII", 2) };

        Assert.Equal([new CatalogFilterOption("PII", 2)], CatalogFilterOption.For(counted, "pii"));
        Assert.Equal([new CatalogFilterOption("PHI", null), new CatalogFilterOption("PII", 2)], CatalogFilterOption.For(counted, "PHI"));
        Assert.Equal("PII", CatalogFilterOption.Matching(CatalogFilterOption.For(counted, "pii"), " Pii ")?.Value);
        Assert.Null(CatalogFilterOption.Matching(CatalogFilterOption.For(counted, null), null));
    }

    [Fact]
    public void A_label_filter_shows_the_chosen_value_as_the_counts_spell_it()
    {
        var filter = Render<CatalogLabelFilter>(p => p
            .Add(f => f.Label, "Classification")
            .Add(f => f.Values, Facets.Classifications)
            .Add(f => f.Selected, "pii")
            .Add(f => f.Placeholder, "Any classification")
            .Add(f => f.TestId, "classification")
            .Add(f => f.SelectedChanged, (string? _) => { }));

        var dropDown = filter.Find("[data-testid=classification]");
        Assert.Equal("PII", dropDown.GetAttribute("data-selected"));
        Assert.Equal("PII", filter.Find("[data-testid=filter-value]").TextContent.Trim());
    }

    [Fact]
    public async Task Each_label_filter_reports_its_own_kind_and_keeps_the_other_filters()
    {
        CatalogFilter? reported = null;
        var start = CatalogFilter.From("orders", "dataset", null, sort: CatalogFilter.Oldest);
        var filters = Render<CatalogFilters>(p => p
            .Add(f => f.Filter, start)
            .Add(f => f.Namespaces, ["kafka://cloud"])
            .Add(f => f.Facets, Facets)
            .Add(f => f.FilterChanged, (CatalogFilter f) => reported = f));
        var labelFilters = filters.FindComponents<CatalogLabelFilter>().ToDictionary(c => c.Instance.Label);

        Assert.Equal(["Domain", "Owner", "Tag", "Classification"], labelFilters.Keys);
        Assert.Equal(Facets.Owners, labelFilters["Owner"].Instance.Values);

        await filters.InvokeAsync(() => labelFilters["Owner"].Instance.SelectedChanged.InvokeAsync("team-payments"));
        Assert.Equal(start with { Owner = "team-payments" }, reported);

        await filters.InvokeAsync(() => labelFilters["Classification"].Instance.SelectedChanged.InvokeAsync("PII"));
        Assert.Equal(start with { Classification = "PII" }, reported);
    }

    [Fact]
    public void Result_labels_make_personal_data_stand_out()
    {
        var labels = Render<CatalogResultLabels>(p => p
            .Add(l => l.Classifications, ["CONFIDENTIAL", "PII"])
            .Add(l => l.Domains, ["sales"]));

        var classifications = labels.FindAll("[data-testid=catalog-classification]");
        Assert.Equal(["CONFIDENTIAL", "PII"], classifications.Select(c => c.TextContent));
        Assert.Equal(["false", "true"], classifications.Select(c => c.GetAttribute("data-pii")));
        Assert.Single(labels.FindAll(".catalog-pii"));
        Assert.Equal("sales", labels.Find("[data-testid=catalog-domain]").TextContent);
    }

    [Fact]
    public void A_result_without_labels_or_owners_shows_nothing_but_a_dash()
    {
        var labels = Render<CatalogResultLabels>(p => p.Add(l => l.Classifications, []).Add(l => l.Domains, []));
        var owners = Render<CatalogOwnerList>(p => p.Add(o => o.Owners, []));

        Assert.Empty(labels.Markup.Trim());
        Assert.NotNull(owners.Find("[data-testid=catalog-no-owner]"));
    }
}
