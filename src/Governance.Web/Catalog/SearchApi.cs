using Governance.Web.Catalog.Dtos;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Web.Catalog;

/// <summary>Marquez-shaped search over datasets and jobs.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/search").WithTags("Search").MapGet("/", Search).WithName("Search");
        return app;
    }

    private static async Task<Results<Ok<SearchResultList>, BadRequest<ProblemDetails>>> Search(
        string? q, string? filter, string? sort, string? @namespace, int? limit, int? offset, CatalogSearch search, CancellationToken ct)
    {
        if (filter is not null
            && !filter.Equals(CatalogSearch.DatasetType, StringComparison.OrdinalIgnoreCase)
            && !filter.Equals(CatalogSearch.JobType, StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.BadRequest(new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Invalid filter",
                Detail = $"filter must be DATASET or JOB (got '{filter}').",
            });
        }

        return TypedResults.Ok(await search.SearchAsync(new CatalogQuery(q, filter, @namespace, sort, Paging.From(limit, offset)), ct));
    }
}
