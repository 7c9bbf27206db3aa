using System.Text.Json;
using Governance.Model.OpenLineage;
using Governance.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Contracts.Enforcement;

/// <summary>A contract's enforcement results, now, as an OpenLineage event (see <see cref="ContractAssertions"/>).</summary>
public static class ContractAssertionsApi
{
    public static IEndpointRouteBuilder MapContractAssertionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/contracts").WithTags("Contract enforcement")
            .MapGet("/{key}/assertions", GetAsync).WithName("GetContractAssertions");
        return app;
    }

    /// <summary>
    /// Checks every rule of the contract against what the catalog holds now (without recording
    /// anything) and answers with the OpenLineage RunEvent carrying the results.
    /// </summary>
    private static async Task<Results<Ok<JsonElement>, NotFound<ProblemDetails>>> GetAsync(
        string key, IDbContextFactory<GovernanceDbContext> contexts, InForceContracts contracts, ContractChecker checker, TimeProvider clock,
        CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await contracts.ByKeyAsync(db, key, ct) is not { } contract)
        {
            return TypedResults.NotFound(new ProblemDetails
            {
                Title = "Contract not in force",
                Detail = $"No active contract with key '{key}' has an approved current revision, so nothing is enforced for it.",
                Status = StatusCodes.Status404NotFound,
            });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var state = await ContractState.LoadAsync(db, contract, ct);
        var result = await checker.CheckAsync(db, state, CheckFamilies.All, evidence: null, now, ct);
        var name = state.Dataset?.Name ?? contract.Entity.DatasetName;
        return TypedResults.Ok(OpenLineageJson.SerializeToElement(ContractAssertions.Build(state.Namespace, name, result.Outcomes, now)));
    }
}
