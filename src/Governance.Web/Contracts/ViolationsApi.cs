using Governance.Web.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Web.Contracts;

/// <summary>Violations across the platform: a filtered, paged list (newest first) and a dashboard's counts.</summary>
public static class ViolationsApi
{
    public static IEndpointRouteBuilder MapViolationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/violations").WithTags("Contracts");
        api.MapGet("/", List).WithName("ListViolations").ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/summary", Summary).WithName("ViolationSummary");
        return app;
    }

    private static async Task<Results<Ok<ViolationList>, BadRequest<ProblemDetails>>> List(
        string? state, string? severity, string? owner, string? @namespace, string? contract, int? limit, int? offset,
        ViolationReader reader, CancellationToken ct)
    {
        var filter = new ViolationQuery(state, severity, owner, @namespace, contract);
        return CheckFilter(filter) is { } problem ? problem : TypedResults.Ok(await reader.ListAsync(filter, Paging.From(limit, offset), ct));
    }

    private static async Task<Ok<ViolationSummary>> Summary(string? owner, string? @namespace, string? contract, ViolationReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.SummaryAsync(new ViolationQuery(Owner: owner, Namespace: @namespace, ContractKey: contract), ct));

    /// <summary>A 400 for a state or severity that names none; null when the filter is usable.</summary>
    internal static BadRequest<ProblemDetails>? CheckFilter(ViolationQuery filter)
    {
        if (filter.NormalizedState is null)
        {
            return ContractsApi.BadParameter("state", filter.State, "open, resolved or all");
        }

        return !string.IsNullOrWhiteSpace(filter.Severity) && ViolationReader.NormalizedSeverity(filter.Severity) is null
            ? ContractsApi.BadParameter("severity", filter.Severity, string.Join(", ", ViolationReader.Severities))
            : null;
    }
}
