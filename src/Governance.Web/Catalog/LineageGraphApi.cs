using Governance.Model;
using Governance.Web.Catalog.Dtos;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Web.Catalog;

/// <summary>
/// Marquez-shaped lineage graph: <c>GET /api/v1/lineage?nodeId=…&amp;depth=…[&amp;asOf=…]</c>, and the
/// instants at which it changed around a node: <c>GET /api/v1/lineage/timeline?nodeId=…&amp;depth=…</c>.
/// </summary>
public static class LineageGraphApi
{
    public static IEndpointRouteBuilder MapLineageGraphApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/lineage").WithTags("Lineage");
        api.MapGet("/", GetLineage).WithName("GetLineage");
        api.MapGet("/timeline", GetTimeline).WithName("GetLineageTimeline");
        return app;
    }

    private static async Task<Results<Ok<LineageGraph>, BadRequest<ProblemDetails>, NotFound<ProblemDetails>>> GetLineage(
        string? nodeId, int? depth, DateTimeOffset? asOf, LineageGraphReader reader, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(nodeId) || !NodeId.TryParse(nodeId, out var node))
        {
            return InvalidNodeId();
        }

        var graph = await reader.GetAsync(node, depth ?? LineageGraphReader.DefaultDepth, asOf?.UtcDateTime, ct);
        return graph is null ? NodeNotFound(node) : TypedResults.Ok(graph);
    }

    private static async Task<Results<Ok<LineageTimeline>, BadRequest<ProblemDetails>, NotFound<ProblemDetails>>> GetTimeline(
        string? nodeId, int? depth, LineageGraphReader reader, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(nodeId) || !NodeId.TryParse(nodeId, out var node))
        {
            return InvalidNodeId();
        }

        var timeline = await reader.GetTimelineAsync(node, depth ?? LineageGraphReader.DefaultDepth, ct);
        return timeline is null ? NodeNotFound(node) : TypedResults.Ok(timeline);
    }

    private static BadRequest<ProblemDetails> InvalidNodeId() => TypedResults.BadRequest(new ProblemDetails
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "Invalid nodeId",
        Detail = "nodeId must be 'dataset:{namespace}:{name}' or 'job:{namespace}:{name}'.",
    });

    private static NotFound<ProblemDetails> NodeNotFound(NodeId node) =>
        CatalogApi.NotFound("Node not found", $"No {node.Kind.ToString().ToLowerInvariant()} '{node.Name}' in namespace '{node.Namespace}'.");
}
