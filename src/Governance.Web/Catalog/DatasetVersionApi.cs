using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Web.Catalog;

/// <summary>Dataset versions (Marquez's list and get) and the schema diff between two versions.</summary>
public static class DatasetVersionApi
{
    public static RouteGroupBuilder MapDatasetVersionApi(this RouteGroupBuilder namespaces)
    {
        // The literal "diff" segment wins over the {version} parameter, so both routes coexist.
        namespaces.MapGet("/{namespace}/datasets/{dataset}/versions", ListVersions).WithName("ListDatasetVersions");
        namespaces.MapGet("/{namespace}/datasets/{dataset}/versions/diff", DiffVersions).WithName("DiffDatasetVersions");
        namespaces.MapGet("/{namespace}/datasets/{dataset}/versions/{version}", GetVersion).WithName("GetDatasetVersion");
        return namespaces;
    }

    private static async Task<Results<Ok<DatasetVersionList>, NotFound<ProblemDetails>>> ListVersions(
        string @namespace, string dataset, int? limit, int? offset, DatasetVersionReader reader, CancellationToken ct)
    {
        var (ns, name) = (RouteValues.Decode(@namespace), RouteValues.Decode(dataset));
        var list = await reader.ListAsync(ns, name, Paging.From(limit, offset), ct);
        return list is null ? DatasetNotFound(ns, name) : TypedResults.Ok(list);
    }

    // Version numbers are taken as strings and parsed here, so a malformed one gets a ProblemDetails 400
    // rather than the framework's bare binding failure.
    private static async Task<Results<Ok<DatasetVersionDto>, NotFound<ProblemDetails>, BadRequest<ProblemDetails>>> GetVersion(
        string @namespace, string dataset, string version, DatasetVersionReader reader, CancellationToken ct)
    {
        if (ParseVersion(version) is not { } number)
        {
            return BadVersion("version", version);
        }

        var (ns, name) = (RouteValues.Decode(@namespace), RouteValues.Decode(dataset));
        var lookup = await reader.GetAsync(ns, name, number, ct);
        return lookup.Status switch
        {
            VersionLookupStatus.Found => TypedResults.Ok(lookup.Value!),
            VersionLookupStatus.DatasetNotFound => DatasetNotFound(ns, name),
            _ => VersionNotFound(ns, name, number),
        };
    }

    private static async Task<Results<Ok<DatasetVersionDiff>, NotFound<ProblemDetails>, BadRequest<ProblemDetails>>> DiffVersions(
        string @namespace, string dataset, string? from, string? to, DatasetVersionReader reader, CancellationToken ct)
    {
        if (ParseVersion(from) is not { } fromNumber)
        {
            return BadVersion("from", from);
        }

        if (ParseVersion(to) is not { } toNumber)
        {
            return BadVersion("to", to);
        }

        var (ns, name) = (RouteValues.Decode(@namespace), RouteValues.Decode(dataset));
        var lookup = await reader.DiffAsync(ns, name, fromNumber, toNumber, ct);
        return lookup.Status switch
        {
            VersionLookupStatus.Found => TypedResults.Ok(lookup.Value!),
            VersionLookupStatus.DatasetNotFound => DatasetNotFound(ns, name),
            _ => VersionNotFound(ns, name, lookup.MissingVersion ?? 0),
        };
    }

    private static int? ParseVersion(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 ? number : null;

    private static BadRequest<ProblemDetails> BadVersion(string parameter, string? value) =>
        TypedResults.BadRequest(new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid version",
            Detail = value is null
                ? $"'{parameter}' is required: a version number (1, 2, 3...)."
                : $"'{parameter}' must be a version number (1, 2, 3...), got '{value}'.",
        });

    private static NotFound<ProblemDetails> DatasetNotFound(string ns, string name) =>
        CatalogApi.NotFound("Dataset not found", $"No dataset '{name}' in namespace '{ns}'.");

    private static NotFound<ProblemDetails> VersionNotFound(string ns, string name, int version) =>
        CatalogApi.NotFound("Dataset version not found", $"Dataset '{name}' in namespace '{ns}' has no version {version}.");
}
