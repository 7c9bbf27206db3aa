using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Catalog;

/// <summary>
/// Marquez-shaped field-level lineage:
/// <c>GET /api/v1/column-lineage?nodeId=…&amp;depth=…&amp;withDownstream=…[&amp;asOf=…]</c>.
/// </summary>
public static class ColumnLineageApi
{
    public static IEndpointRouteBuilder MapColumnLineageApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/column-lineage").WithTags("Column lineage").MapGet("/", GetColumnLineage).WithName("GetColumnLineage");
        return app;
    }

    private static async Task<Results<Ok<ColumnLineageGraph>, BadRequest<ProblemDetails>, NotFound<ProblemDetails>>> GetColumnLineage(
        string? nodeId, int? depth, bool? withDownstream, DateTimeOffset? asOf,
        IDbContextFactory<GovernanceDbContext> contexts, CancellationToken ct)
    {
        var candidates = ColumnLineageNodeId.Candidates(nodeId);
        if (candidates.Count == 0)
        {
            return TypedResults.BadRequest(new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Invalid nodeId",
                Detail = "nodeId must be 'datasetField:{namespace}:{name}:{field}' or 'dataset:{namespace}:{name}'.",
            });
        }

        var graph = await new ColumnLineageReader(contexts).GetAsync(
            candidates, depth ?? ColumnLineageReader.DefaultDepth, withDownstream ?? false, asOf?.UtcDateTime, ct);
        return graph is null
            ? CatalogApi.NotFound("Node not found", $"No dataset or field matches '{nodeId}'.")
            : TypedResults.Ok(graph);
    }
}
