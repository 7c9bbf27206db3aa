using System.Text.Json;
using Governance.Web.Extensions;
using Governance.Web.Options;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Governance.Web.Ingestion;

/// <summary>
/// OpenLineage ingestion: <c>POST /api/v1/lineage</c> (one event, the OpenLineage HTTP transport
/// contract) and <c>POST /api/v1/lineage/batch</c> (a JSON array; a result per event).
/// </summary>
public static class LineageIngestionApi
{
    public static IEndpointRouteBuilder MapLineageIngestionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/lineage").WithTags("Ingestion").RequireAuthorization(SecurityExtensions.IngestPolicy);
        api.MapPost("/", PostEvent).WithName("RecordLineage")
            .Accepts<JsonElement>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapPost("/batch", PostBatch).WithName("RecordLineageBatch")
            .Accepts<JsonElement[]>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static async Task<Results<Created<IngestionResponse>, Ok<IngestionResponse>, ProblemHttpResult>> PostEvent(
        HttpRequest request, IngestionService ingestion, IOptions<IngestionOptions> options, CancellationToken ct)
    {
        var body = await ReadJsonAsync(request, options.Value, ct);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        using var document = body.Document!;
        var outcome = await ingestion.IngestAsync(document.RootElement, ct);
        var response = new IngestionResponse(outcome.Status.ToString().ToLowerInvariant(), outcome.EventId, outcome.Warnings);
        return outcome.Status switch
        {
            IngestionStatus.Stored => TypedResults.Created($"/api/v1/events/lineage/{outcome.EventId}", response),
            IngestionStatus.Duplicate => TypedResults.Ok(response),
            _ => InvalidEvent(outcome),
        };
    }

    private static async Task<Results<Ok<BatchIngestionResponse>, ProblemHttpResult>> PostBatch(
        HttpRequest request, IngestionService ingestion, IOptions<IngestionOptions> options, CancellationToken ct)
    {
        var body = await ReadJsonAsync(request, options.Value, ct);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        using var document = body.Document!;
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Array)
        {
            return Problem(StatusCodes.Status400BadRequest, "Batch must be an array", "POST a JSON array of OpenLineage events to /api/v1/lineage/batch.");
        }

        if (root.GetArrayLength() > options.Value.MaxBatchSize)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Too many events",
                $"A batch holds at most {options.Value.MaxBatchSize} events (Ingestion:MaxBatchSize); got {root.GetArrayLength()}.");
        }

        var results = new List<BatchItemResult>();
        foreach (var (item, index) in root.EnumerateArray().Select((e, i) => (e, i)))
        {
            var outcome = await ingestion.IngestAsync(item, ct);
            results.Add(new BatchItemResult(index, outcome.Status.ToString().ToLowerInvariant(), outcome.EventId, outcome.Errors, outcome.Warnings));
        }

        return TypedResults.Ok(new BatchIngestionResponse(
            results.Count(r => r.Status == "stored"), results.Count(r => r.Status == "duplicate"), results.Count(r => r.Status == "rejected"), results));
    }

    private static async Task<(JsonDocument? Document, ProblemHttpResult? Problem)> ReadJsonAsync(
        HttpRequest request, IngestionOptions options, CancellationToken ct)
    {
        var body = await RequestBodyReader.ReadAsync(request, options.MaxBodyBytes, ct);
        if (body.Body is null)
        {
            return (null, Problem(body.Status, body.Title!, body.Detail!));
        }

        try
        {
            return (JsonDocument.Parse(body.Body, new JsonDocumentOptions { MaxDepth = 256 }), null);
        }
        catch (JsonException ex)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Malformed JSON",
                $"The body is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}): {ex.Message}"));
        }
    }

    private static ProblemHttpResult InvalidEvent(IngestionOutcome outcome) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid OpenLineage event",
            Detail = string.Join("; ", outcome.Errors.Select(e => $"{e.Path}: {e.Message}")),
            Extensions =
            {
                ["errors"] = outcome.Errors,
                ["warnings"] = outcome.Warnings,
            },
        });

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail });
}
