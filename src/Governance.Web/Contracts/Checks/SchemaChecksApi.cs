using Governance.Web.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Web.Contracts.Checks;

/// <summary>
/// <c>POST /api/v1/contracts/check</c>: the pre-registration check, for teams and their CI (with the
/// ingestion API key). It only reads: nothing is registered or recorded.
/// </summary>
public static class SchemaChecksApi
{
    public static IEndpointRouteBuilder MapSchemaChecksApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/contracts").WithTags("Contract checks").RequireAuthorization(SecurityExtensions.IngestPolicy)
            .MapPost("/check", CheckAsync).WithName("CheckSchemaBeforeRegistration");
        return app;
    }

    private static async Task<Results<Ok<SchemaCheckResult>, ValidationProblem>> CheckAsync(
        SchemaCheckRequest request, SchemaCheckService checks, CancellationToken ct)
    {
        var (result, errors) = await checks.CheckAsync(request, ct);
        return result is null
            ? TypedResults.ValidationProblem(errors, detail: "The schema could not be checked.")
            : TypedResults.Ok(result);
    }
}
