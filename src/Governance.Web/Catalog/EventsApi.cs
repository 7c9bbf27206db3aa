using System.Globalization;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Catalog;

/// <summary>
/// The raw events as received, newest first (Marquez's <c>GET /api/v1/events/lineage</c>), and one
/// stored event by id.
/// </summary>
public static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/api/v1/events").WithTags("Events");
        events.MapGet("/lineage", ListEvents).WithName("ListLineageEvents");
        events.MapGet("/lineage/{id:long}", GetEvent).WithName("GetLineageEvent");
        return app;
    }

    /// <summary>Where one stored event's JSON is served.</summary>
    public static string PayloadPath(long id) => $"/api/v1/events/lineage/{id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>One stored event, exactly as it was received.</summary>
    private static async Task<Results<ContentHttpResult, NotFound<ProblemDetails>>> GetEvent(
        long id, DatasetEventsReader reader, CancellationToken ct)
    {
        var payload = await reader.ReadPayloadAsync(id, ct);
        return payload is null
            ? CatalogApi.NotFound("Event not found", $"No stored event with id {id.ToString(CultureInfo.InvariantCulture)}.")
            : TypedResults.Text(payload, "application/json", System.Text.Encoding.UTF8);
    }

    private static async Task<Ok<LineageEventList>> ListEvents(
        int? limit, int? offset, string? sortDirection, IDbContextFactory<GovernanceDbContext> contexts, CancellationToken ct)
    {
        var paging = Paging.From(limit, offset);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.RawEvents.AsNoTracking();
        var total = await query.CountAsync(ct);
        var ordered = string.Equals(sortDirection, "asc", StringComparison.OrdinalIgnoreCase)
            ? query.OrderBy(e => e.EventTime).ThenBy(e => e.Id)
            : query.OrderByDescending(e => e.EventTime).ThenByDescending(e => e.Id);
        var payloads = await ordered.Skip(paging.Offset).Take(paging.Limit).Select(e => e.Payload).ToListAsync(ct);
        return TypedResults.Ok(new LineageEventList(total, payloads.Select(p => JsonColumns.Element(p)!.Value).ToList()));
    }
}
