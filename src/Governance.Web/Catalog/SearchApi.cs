using Governance.Web.Catalog.Dtos;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Web.Catalog;

/// <summary>
/// Marquez-shaped search over datasets and jobs (<c>GET /api/v1/search</c>), with filters by
/// domain, owner, tag and classification, and the filter values with their counts
/// (<c>GET /api/v1/search/facets</c>).
/// </summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/search").WithTags("Search");
        api.MapGet("/", Search).WithName("Search");
        api.MapGet("/facets", Facets).WithName("SearchFacets");
        return app;
    }

    private static async Task<Results<Ok<SearchResultList>, BadRequest<ProblemDetails>>> Search(
        [AsParameters] SearchCriteriaParameters criteria, string? sort, string? direction, int? limit, int? offset,
        CatalogSearch search, CancellationToken ct)
    {
        if (Invalid(criteria) is { } problem)
        {
            return problem;
        }

        if (!TryParseSort(sort, out var order))
        {
            return BadRequest("Invalid sort", $"sort must be NAME or UPDATE_AT (got '{sort}').");
        }

        if (!TryParseDirection(direction, out var way))
        {
            return BadRequest("Invalid direction", $"direction must be ASC or DESC (got '{direction}').");
        }

        var query = new CatalogQuery(criteria.ToCriteria(), order, way, Paging.From(limit, offset));
        return TypedResults.Ok(await search.SearchAsync(query, ct));
    }

    private static async Task<Results<Ok<SearchFacets>, BadRequest<ProblemDetails>>> Facets(
        [AsParameters] SearchCriteriaParameters criteria, int? limit, CatalogSearchFacets facets, CancellationToken ct)
    {
        if (Invalid(criteria) is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok(await facets.CountAsync(criteria.ToCriteria(), limit ?? CatalogSearchFacets.DefaultLimit, ct));
    }

    private static BadRequest<ProblemDetails>? Invalid(SearchCriteriaParameters criteria) =>
        criteria.Filter is null
        || criteria.Filter.Equals(CatalogSearch.DatasetType, StringComparison.OrdinalIgnoreCase)
        || criteria.Filter.Equals(CatalogSearch.JobType, StringComparison.OrdinalIgnoreCase)
            ? null
            : BadRequest("Invalid filter", $"filter must be DATASET or JOB (got '{criteria.Filter}').");

    private static bool TryParseSort(string? sort, out CatalogSort order)
    {
        order = CatalogSort.Name;
        switch (sort?.Trim().ToUpperInvariant())
        {
            case null or "" or "NAME":
                return true;
            case "UPDATE_AT":
                order = CatalogSort.UpdatedAt;
                return true;
            default:
                return false;
        }
    }

    private static bool TryParseDirection(string? direction, out SortDirection? way)
    {
        way = null;
        switch (direction?.Trim().ToUpperInvariant())
        {
            case null or "":
                return true;
            case "ASC":
                way = SortDirection.Ascending;
                return true;
            case "DESC":
                way = SortDirection.Descending;
                return true;
            default:
                return false;
        }
    }

    private static BadRequest<ProblemDetails> BadRequest(string title, string detail) =>
        TypedResults.BadRequest(new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = title, Detail = detail });
}

/// <summary>The query-string parameters that narrow a search, shared by the results and their facets.</summary>
/// <param name="Q">Words matched against names, descriptions, field names, owners, domains, tags and classifications.</param>
/// <param name="Filter">DATASET or JOB; both when absent.</param>
/// <param name="Namespace">Only this namespace.</param>
/// <param name="Domain">Only this domain (case-insensitive).</param>
/// <param name="Owner">Only this owner (case-insensitive).</param>
/// <param name="Tag">Only this tag, on the entity or one of its fields (case-insensitive).</param>
/// <param name="Classification">Only this classification such as PII, on the entity or one of its fields (case-insensitive).</param>
internal sealed record SearchCriteriaParameters(
    string? Q, string? Filter, string? Namespace, string? Domain, string? Owner, string? Tag, string? Classification)
{
    public CatalogCriteria ToCriteria() => new(
        Q, Filter?.ToUpperInvariant(), Blank(Namespace), Blank(Domain), Blank(Owner), Blank(Tag), Blank(Classification));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
