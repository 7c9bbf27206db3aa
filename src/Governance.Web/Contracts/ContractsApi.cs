using System.Globalization;
using System.Text;
using Governance.Web.Catalog;
using Governance.Web.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Web.Contracts;

/// <summary>
/// Data contracts: list, read, submit as ODCS YAML or JSON, revisions and their documents, export, steward review,
/// and each contract's violations. Reads are open like the catalog's; every write needs the API key.
/// </summary>
public static partial class ContractsApi
{
    /// <summary>The media type of ODCS documents.</summary>
    public const string YamlMediaType = "application/yaml";

    public static IEndpointRouteBuilder MapContractsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/contracts").WithTags("Contracts");
        api.MapGet("/", List).WithName("ListContracts").ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPost("/", Submit).WithName("SubmitContract")
            .RequireAuthorization(SecurityExtensions.IngestPolicy)
            // One declaration for every accepted type: routing answers 415 from it (the last one would win if declared twice).
            .Accepts<ContractDocumentDto>("application/json", ContractRequestBody.YamlTypes)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapGet("/{key}", Get).WithName("GetContract");
        api.MapGet("/{key}/revisions", Revisions).WithName("ListContractRevisions");
        api.MapGet("/{key}/revisions/{revision}", RevisionDocument).WithName("GetContractRevision")
            .Produces<string>(StatusCodes.Status200OK, YamlMediaType);
        api.MapGet("/{key}/export", Export).WithName("ExportContract")
            .Produces<string>(StatusCodes.Status200OK, YamlMediaType).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{key}/revisions/{revision}/approve", Approve).WithName("ApproveContractRevision")
            .RequireAuthorization(SecurityExtensions.IngestPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{key}/revisions/{revision}/reject", Reject).WithName("RejectContractRevision")
            .RequireAuthorization(SecurityExtensions.IngestPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{key}/violations", Violations).WithName("ListContractViolations");
        return app;
    }

    private static async Task<Results<Ok<ContractList>, BadRequest<ProblemDetails>>> List(
        string? status, string? owner, string? @namespace, string? q, bool? pending, int? limit, int? offset,
        ContractReader reader, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(status) && ContractStates.Normalize(status) is null)
        {
            return BadParameter("status", status, "DRAFT, ACTIVE or DEPRECATED");
        }

        var filter = new ContractQuery(status, owner, @namespace, q, pending ?? false);
        return TypedResults.Ok(await reader.ListAsync(filter, Paging.From(limit, offset), ct));
    }

    private static async Task<Results<Ok<ContractDetailDto>, NotFound<ProblemDetails>>> Get(string key, ContractReader reader, CancellationToken ct)
    {
        var decoded = RouteValues.Decode(key);
        var view = await reader.GetAsync(decoded, ct);
        return view is null
            ? ContractNotFound(decoded)
            : TypedResults.Ok(new ContractDetailDto(view.Summary, view.Current, view.Pending, view.Dataset,
                ContractDocumentWriter.Write(view.Contract), view.Registry));
    }

    private static async Task<Results<Ok<IReadOnlyList<ContractRevisionDto>>, NotFound<ProblemDetails>>> Revisions(
        string key, ContractReader reader, CancellationToken ct)
    {
        var decoded = RouteValues.Decode(key);
        var revisions = await reader.RevisionsAsync(decoded, ct);
        return revisions is null ? ContractNotFound(decoded) : TypedResults.Ok(revisions);
    }

    private static async Task<Results<ContentHttpResult, NotFound<ProblemDetails>, BadRequest<ProblemDetails>>> RevisionDocument(
        string key, string revision, ContractReader reader, CancellationToken ct)
    {
        if (ParseRevision(revision) is not { } number)
        {
            return BadParameter("revision", revision, "a revision number (1, 2, 3...)");
        }

        var decoded = RouteValues.Decode(key);
        var document = await reader.RevisionDocumentAsync(decoded, number, ct);
        return document is null
            ? CatalogApi.NotFound("Contract revision not found", $"Contract '{decoded}' has no revision {number}, or there is no such contract.")
            : TypedResults.Text(document, YamlMediaType, Encoding.UTF8);
    }

    private static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> Export(
        string key, ContractReader reader, CancellationToken ct)
    {
        var decoded = RouteValues.Decode(key);
        var view = await reader.GetAsync(decoded, ct);
        if (view is null)
        {
            return ContractNotFound(decoded);
        }

        if (view.Current is not { } current)
        {
            return TypedResults.Conflict(new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "No revision in force",
                Detail = view.Pending is { } pending
                    ? $"Contract '{decoded}' has no approved revision yet; revision {pending.Revision} awaits a steward's review (GET /api/v1/contracts/{Uri.EscapeDataString(decoded)}/revisions/{pending.Revision})."
                    : $"Contract '{decoded}' has no approved revision.",
            });
        }

        var document = await reader.RevisionDocumentAsync(decoded, current.Revision, ct);
        return TypedResults.File(Encoding.UTF8.GetBytes(document!), YamlMediaType, ExportFileName(decoded));
    }

    private static async Task<Results<Ok<ViolationList>, NotFound<ProblemDetails>, BadRequest<ProblemDetails>>> Violations(
        string key, string? state, string? severity, int? limit, int? offset, ContractReader reader, ViolationReader violations, CancellationToken ct)
    {
        var decoded = RouteValues.Decode(key);
        var filter = new ViolationQuery(state, severity, ContractKey: decoded);
        if (ViolationsApi.CheckFilter(filter) is { } problem)
        {
            return problem;
        }

        if (await reader.RevisionsAsync(decoded, ct) is null)
        {
            return ContractNotFound(decoded);
        }

        return TypedResults.Ok(await violations.ListAsync(filter, Paging.From(limit, offset), ct));
    }

    /// <summary>The download name of a contract's export: its key with anything unsafe in a file name replaced.</summary>
    public static string ExportFileName(string key)
    {
        var safe = new string(key.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray()).Trim('.');
        return (safe.Length == 0 ? "contract" : safe) + ".odcs.yaml";
    }

    private static int? ParseRevision(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 ? number : null;

    private static NotFound<ProblemDetails> ContractNotFound(string key) =>
        CatalogApi.NotFound("Contract not found", $"There is no contract '{key}'.");

    internal static BadRequest<ProblemDetails> BadParameter(string name, string? value, string expected) =>
        TypedResults.BadRequest(new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = $"Invalid {name}",
            Detail = $"'{name}' must be {expected}, got '{value}'.",
        });
}
