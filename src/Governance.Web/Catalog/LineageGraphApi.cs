using Governance.Model;
using Governance.Web.Catalog.Dtos;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Web.Catalog;

/// <summary>Marquez-shaped lineage graph: <c>GET /api/v1/lineage?nodeId=…&amp;depth=…[&amp;asOf=…]</c>.</summary>
public static class LineageGraphApi
{
    public static IEndpointRouteBuilder MapLineageGraphApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/lineage").WithTags("Lineage").MapGet("/", GetLineage).WithName("GetLineage");
        return app;
    }

    private static async Task<Results<Ok<LineageGraph>, BadRequest<ProblemDetails>, NotFound<ProblemDetails>>> GetLineage(
        string? nodeId, int? depth, DateTimeOffset? asOf, LineageGraphReader reader, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(nodeId) || !NodeId.TryParse(nodeId, out var node))
        {
            return TypedResults.BadRequest(new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Invalid nodeId",
                Detail = "nodeId must be 'dataset:{namespace}:{name}' or 'job:{namespace}:{name}'.",
            });
        }

        var graph = await reader.GetAsync(node, depth ?? LineageGraphReader.DefaultDepth, asOf?.UtcDateTime, ct);
        return graph is null
            ? CatalogApi.NotFound("Node not found", $"No {node.Kind.ToString().ToLowerInvariant()} '{node.Name}' in namespace '{node.Namespace}'.")
            : TypedResults.Ok(graph);
    }
}
