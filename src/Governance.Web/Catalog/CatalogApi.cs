using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Catalog;

/// <summary>Marquez-shaped read API over namespaces, datasets, jobs and runs.</summary>
public static class CatalogApi
{
    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/namespaces").WithTags("Catalog");
        api.MapGet("/", ListNamespaces).WithName("ListNamespaces");
        api.MapGet("/{namespace}/datasets", ListDatasets).WithName("ListDatasets");
        api.MapGet("/{namespace}/datasets/{dataset}", GetDataset).WithName("GetDataset");
        api.MapDatasetVersionApi();
        api.MapDatasetEventsApi();
        api.MapGet("/{namespace}/jobs", ListJobs).WithName("ListJobs");
        api.MapGet("/{namespace}/jobs/{job}", GetJob).WithName("GetJob");
        api.MapGet("/{namespace}/jobs/{job}/runs", ListRuns).WithName("ListRuns");
        return app;
    }

    private static async Task<Ok<NamespaceList>> ListNamespaces(IDbContextFactory<GovernanceDbContext> contexts, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var namespaces = await db.Namespaces.AsNoTracking().OrderBy(n => n.Name)
            .Select(n => new NamespaceDto(n.Name, n.CreatedAt, n.UpdatedAt, null, n.Description)).ToListAsync(ct);
        return TypedResults.Ok(new NamespaceList(namespaces));
    }

    private static async Task<Results<Ok<DatasetList>, NotFound<ProblemDetails>>> ListDatasets(
        string @namespace, int? limit, int? offset, DatasetReader reader, CancellationToken ct)
    {
        var ns = RouteValues.Decode(@namespace);
        var list = await reader.ListAsync(ns, Paging.From(limit, offset), ct);
        return list is null ? NamespaceNotFound(ns) : TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<DatasetDto>, NotFound<ProblemDetails>>> GetDataset(
        string @namespace, string dataset, DatasetReader reader, CancellationToken ct)
    {
        var (ns, name) = (RouteValues.Decode(@namespace), RouteValues.Decode(dataset));
        var dto = await reader.GetAsync(ns, name, ct);
        return dto is null ? NotFound("Dataset not found", $"No dataset '{name}' in namespace '{ns}'.") : TypedResults.Ok(dto);
    }

    private static async Task<Results<Ok<JobList>, NotFound<ProblemDetails>>> ListJobs(
        string @namespace, int? limit, int? offset, JobReader reader, CancellationToken ct)
    {
        var ns = RouteValues.Decode(@namespace);
        var list = await reader.ListAsync(ns, Paging.From(limit, offset), ct);
        return list is null ? NamespaceNotFound(ns) : TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<JobDto>, NotFound<ProblemDetails>>> GetJob(
        string @namespace, string job, JobReader reader, CancellationToken ct)
    {
        var (ns, name) = (RouteValues.Decode(@namespace), RouteValues.Decode(job));
        var dto = await reader.GetAsync(ns, name, ct);
        return dto is null ? NotFound("Job not found", $"No job '{name}' in namespace '{ns}'.") : TypedResults.Ok(dto);
    }

    private static async Task<Results<Ok<RunList>, NotFound<ProblemDetails>>> ListRuns(
        string @namespace, string job, int? limit, int? offset, JobReader reader, CancellationToken ct)
    {
        var (ns, name) = (RouteValues.Decode(@namespace), RouteValues.Decode(job));
        var runs = await reader.ListRunsAsync(ns, name, Paging.From(limit, offset), ct);
        return runs is null ? NotFound("Job not found", $"No job '{name}' in namespace '{ns}'.") : TypedResults.Ok(runs);
    }

    private static NotFound<ProblemDetails> NamespaceNotFound(string ns) =>
        NotFound("Namespace not found", $"No namespace '{ns}'.");

    internal static NotFound<ProblemDetails> NotFound(string title, string detail) =>
        TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = title, Detail = detail });
}
