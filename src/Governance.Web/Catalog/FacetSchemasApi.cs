using Governance.Model.OpenLineage.GovernanceFacets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Web.Catalog;

/// <summary>Serves the JSON Schemas of Governance's own facets, where their <c>_schemaURL</c>s point.</summary>
public static class FacetSchemasApi
{
    public static IEndpointRouteBuilder MapFacetSchemasApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(GovernanceFacets.PathPrefix + "{file}", GetSchema).WithTags("OpenLineage facets").WithName("GetFacetSchema");
        return app;
    }

    private static Results<ContentHttpResult, NotFound<ProblemDetails>> GetSchema(string file)
    {
        var name = file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? file[..^5] : file;
        return GovernanceFacets.SchemaText(name) is { } schema
            ? TypedResults.Content(schema, "application/schema+json")
            : CatalogApi.NotFound("Facet schema not found", $"No Governance facet schema named '{name}'.");
    }
}
