using Governance.Web.Catalog;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Components.Shared;
using Radzen;

namespace Governance.Web.Components.Pages.Catalog;

/// <summary>
/// Turns the catalog grid's page request and the catalog's filter into a <see cref="CatalogSearch"/>
/// query: the database filters, orders (either way) and pages.
/// </summary>
internal static class CatalogGridLoader
{
    public static Task<SearchResultList> LoadAsync(
        CatalogSearch search, CatalogFilter filter, LoadDataArgs args, int pageSize, CancellationToken ct)
    {
        var skip = Math.Max(args.Skip ?? 0, 0);
        var take = Math.Clamp(args.Top ?? pageSize, 1, Paging.MaxLimit);
        var (sort, direction) = filter.Order;
        return search.SearchAsync(new CatalogQuery(filter.ToCriteria(), sort, direction, new Paging(take, skip)), ct);
    }
}
