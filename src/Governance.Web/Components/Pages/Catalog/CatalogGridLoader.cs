using Governance.Web.Catalog;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Components.Shared;
using Radzen;

namespace Governance.Web.Components.Pages.Catalog;

/// <summary>
/// Turns the catalog grid's page and sort request into <see cref="CatalogSearch"/> queries.
/// </summary>
/// <remarks>
/// CatalogSearch orders by name (A→Z) or by update time (newest first), each a total order. The
/// opposite directions are those orders reversed, so they are served by reading the mirrored
/// window of the same order and reversing it: page 1 of Z→A is the last page of A→Z, backwards.
/// That costs one extra count query, and keeps every sort evaluated in the database.
/// </remarks>
internal static class CatalogGridLoader
{
    private const string ByName = "NAME";
    private const string ByUpdate = "UPDATE_AT";

    public static async Task<SearchResultList> LoadAsync(
        CatalogSearch search, CatalogFilter filter, LoadDataArgs args, int pageSize, CancellationToken ct)
    {
        var skip = Math.Max(args.Skip ?? 0, 0);
        var take = Math.Clamp(args.Top ?? pageSize, 1, Paging.MaxLimit);
        var (sort, reversed) = SortOf(args);

        if (!reversed)
        {
            return await search.SearchAsync(Query(filter, sort, new Paging(take, skip)), ct);
        }

        var total = (await search.SearchAsync(Query(filter, sort, new Paging(1, 0)), ct)).TotalCount;
        var end = total - skip; // exclusive end, in the database's order
        if (end <= 0)
        {
            return new SearchResultList(total, []);
        }

        var start = Math.Max(end - take, 0);
        var window = await search.SearchAsync(Query(filter, sort, new Paging(end - start, start)), ct);
        return new SearchResultList(window.TotalCount, window.Results.Reverse().ToList());
    }

    /// <summary>The CatalogSearch order to read, and whether the grid wants it backwards.</summary>
    private static (string Sort, bool Reversed) SortOf(LoadDataArgs args)
    {
        var sort = args.Sorts?.FirstOrDefault(s => s.SortOrder is not null);
        return (sort?.Property, sort?.SortOrder) switch
        {
            (nameof(SearchResult.UpdatedAt), SortOrder.Descending) => (ByUpdate, false),
            (nameof(SearchResult.UpdatedAt), _) => (ByUpdate, true),
            (nameof(SearchResult.Name), SortOrder.Descending) => (ByName, true),
            _ => (ByName, false),
        };
    }

    private static CatalogQuery Query(CatalogFilter filter, string sort, Paging paging) =>
        new(filter.Query, filter.SearchType, filter.Namespace, sort, paging);
}
