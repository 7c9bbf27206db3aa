using Governance.Web.Catalog;
using Governance.Web.Catalog.Graph;
using Governance.Web.Ingestion;

namespace Governance.Web.Extensions;

internal static class CatalogExtensions
{
    /// <summary>Ingestion pipeline and the read side shared by the API and the portal.</summary>
    public static IHostApplicationBuilder AddCatalogServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IngestionService>();
        builder.Services.AddSingleton<DatasetReader>();
        builder.Services.AddSingleton<DatasetVersionReader>();
        builder.Services.AddSingleton<DatasetLineageEvidenceReader>();
        builder.Services.AddSingleton<DatasetLagReader>();
        builder.Services.AddSingleton<DatasetEventsReader>();
        builder.Services.AddSingleton<JobReader>();
        builder.Services.AddSingleton<CatalogSearch>();
        builder.Services.AddSingleton<CatalogSearchFacets>();
        builder.Services.AddOptions<LineageIndexOptions>().BindConfiguration(LineageIndexOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<LineageIndex>();
        builder.Services.AddSingleton<LineageGraphReader>();
        return builder;
    }

    /// <summary>ProblemDetails for every error, and the OpenAPI document at <c>/openapi/v1.json</c>.</summary>
    public static IHostApplicationBuilder AddApiServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // Endpoint routing answers 415 itself (from the endpoints' Accepts metadata); say what to send.
            if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType && context.ProblemDetails.Detail is null)
            {
                context.ProblemDetails.Detail =
                    $"Send the body as 'Content-Type: application/json' (got '{context.HttpContext.Request.ContentType ?? "none"}').";
            }
        });
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapGovernanceApis(this WebApplication app)
    {
        // Create (or load) the ingestion key at start-up, so a generated one is on disk before the first request.
        app.Services.GetRequiredService<Governance.Web.Security.IngestionKeyStore>();
        app.MapOpenApi();
        app.MapLineageIngestionApi();
        app.MapLineageGraphApi();
        app.MapColumnLineageApi();
        app.MapCatalogApi();
        app.MapSearchApi();
        app.MapEventsApi();
        app.MapFacetSchemasApi();
        app.MapHealthChecks("/health");
        // Liveness only: the process answers, whatever the database says.
        app.MapHealthChecks("/alive", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false });
        return app;
    }
}
