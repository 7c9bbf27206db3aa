using System.Security.Claims;
using System.Text.Json;
using Governance.Web.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Web.Contracts;

/// <summary>Submitting contracts and reviewing revisions.</summary>
public static partial class ContractsApi
{
    private static async Task<Results<Created<ContractSaveResponse>, Ok<ContractSaveResponse>, ProblemHttpResult>> Submit(
        HttpRequest request, ClaimsPrincipal user, ContractStore store, CancellationToken ct)
    {
        var body = await ContractRequestBody.ReadAsync(request, ct);
        if (body.Text is not { } text)
        {
            return Problem(body.Status, body.Title!, body.Detail!);
        }

        var actor = user.Identity?.Name ?? "unknown";
        ContractSaveResult result;
        if (body.Format == ContractBodyFormat.Yaml)
        {
            result = await store.SaveYamlAsync(text, actor, ct);
        }
        else
        {
            ContractDocumentDto? document;
            try
            {
                document = JsonSerializer.Deserialize<ContractDocumentDto>(text, JsonSerializerOptions.Web);
            }
            catch (JsonException e)
            {
                return Problem(StatusCodes.Status400BadRequest, "Malformed JSON",
                    $"The body is not a contract in JSON ({e.Path}, line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}");
            }

            if (document is null)
            {
                return Problem(StatusCodes.Status400BadRequest, "Malformed JSON", "The body is null; send a contract object.");
            }

            result = await store.SaveDocumentAsync(document, actor, ct);
        }

        var response = result.Succeeded
            ? new ContractSaveResponse(result.Status.ToString().ToLowerInvariant(), result.Key!, result.Revision!.Value, result.Review!,
                result.SupersededRevision, result.Notes.Select(ContractProblemDto.From).ToList())
            : null;
        return result.Status switch
        {
            ContractSaveStatus.Created => TypedResults.Created($"/api/v1/contracts/{Uri.EscapeDataString(result.Key!)}", response),
            ContractSaveStatus.Revised => TypedResults.Created(
                $"/api/v1/contracts/{Uri.EscapeDataString(result.Key!)}/revisions/{result.Revision}", response),
            ContractSaveStatus.Unchanged => TypedResults.Ok(response),
            ContractSaveStatus.Refused => Rejected(StatusCodes.Status409Conflict, "Status change not allowed", result),
            ContractSaveStatus.Conflict => Rejected(StatusCodes.Status409Conflict, "Contract changed concurrently", result),
            _ => Rejected(StatusCodes.Status400BadRequest, "Invalid contract", result),
        };
    }

    private static Task<Results<Ok<ContractRevisionDto>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ValidationProblem, BadRequest<ProblemDetails>>> Approve(
        string key, string revision, ContractReviewRequest? request, ClaimsPrincipal user, ContractStore store, ContractReader reader, CancellationToken ct) =>
        ReviewAsync(key, revision, approve: true, request, user, store, reader, ct);

    private static Task<Results<Ok<ContractRevisionDto>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ValidationProblem, BadRequest<ProblemDetails>>> Reject(
        string key, string revision, ContractReviewRequest? request, ClaimsPrincipal user, ContractStore store, ContractReader reader, CancellationToken ct) =>
        ReviewAsync(key, revision, approve: false, request, user, store, reader, ct);

    private static async Task<Results<Ok<ContractRevisionDto>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ValidationProblem, BadRequest<ProblemDetails>>> ReviewAsync(
        string key, string revision, bool approve, ContractReviewRequest? request, ClaimsPrincipal user, ContractStore store, ContractReader reader,
        CancellationToken ct)
    {
        if (ParseRevision(revision) is not { } number)
        {
            return BadParameter("revision", revision, "a revision number (1, 2, 3...)");
        }

        var decoded = RouteValues.Decode(key);
        var result = await store.ReviewAsync(decoded, number, approve, user.Identity?.Name ?? "unknown", request?.Comment, ct);
        switch (result.Status)
        {
            case ContractReviewStatus.NotFound:
                return CatalogApi.NotFound("Contract revision not found", result.Message!);
            case ContractReviewStatus.NotPending:
                return TypedResults.Conflict(new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Revision not pending", Detail = result.Message });
            case ContractReviewStatus.Invalid:
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [result.Field!] = [result.Message!] },
                    detail: result.Message, title: "Incomplete review");
        }

        var revisions = await reader.RevisionsAsync(decoded, ct);
        return TypedResults.Ok(revisions!.Single(r => r.Revision == number));
    }

    /// <summary>A refusal listing every problem (path, message, line, column) as <c>errors</c>, and the import's <c>notes</c>.</summary>
    private static ProblemHttpResult Rejected(int status, string title, ContractSaveResult result) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = status,
            Title = title,
            Detail = string.Join("; ", result.Problems.Select(p => p.ToString())),
            Extensions =
            {
                ["errors"] = result.Problems.Select(ContractProblemDto.From).ToList(),
                ["notes"] = result.Notes.Select(ContractProblemDto.From).ToList(),
            },
        });

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail });
}
