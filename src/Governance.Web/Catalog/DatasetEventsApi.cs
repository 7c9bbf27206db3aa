using Governance.Web.Catalog.Dtos;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Web.Catalog;

/// <summary>
/// What a dataset page shows beyond Marquez's dataset: producers and consumers with the evidence for
/// each edge, the lag of the topic's consumer groups with its trend, and the raw events behind it.
/// </summary>
public static class DatasetEventsApi
{
    public static RouteGroupBuilder MapDatasetEventsApi(this RouteGroupBuilder namespaces)
    {
        namespaces.MapGet("/{namespace}/datasets/{dataset}/edges", ListEdges).WithName("ListDatasetEdges");
        namespaces.MapGet("/{namespace}/datasets/{dataset}/lag", ReadLag).WithName("GetDatasetConsumerLag");
        namespaces.MapGet("/{namespace}/datasets/{dataset}/events", ListEvents).WithName("ListDatasetEvents");
        return namespaces;
    }

    private static async Task<Results<Ok<DatasetEdgeList>, NotFound<ProblemDetails>>> ListEdges(
        string @namespace, string dataset, DatasetLineageEvidenceReader reader, CancellationToken ct)
    {
        var (ns, name) = (RouteValues.Decode(@namespace), RouteValues.Decode(dataset));
        var edges = await reader.ReadAsync(ns, name, ct);
        return edges is null ? DatasetNotFound(ns, name) : TypedResults.Ok(edges);
    }

    private static async Task<Results<Ok<DatasetLagList>, NotFound<ProblemDetails>>> ReadLag(
        string @namespace, string dataset, int? samples, DatasetLagReader reader, CancellationToken ct)
    {
        var (ns, name) = (RouteValues.Decode(@namespace), RouteValues.Decode(dataset));
        var lag = await reader.ReadAsync(ns, name, samples ?? DatasetLagReader.DefaultSamples, ct);
        return lag is null ? DatasetNotFound(ns, name) : TypedResults.Ok(lag);
    }

    private static async Task<Results<Ok<DatasetEventList>, NotFound<ProblemDetails>>> ListEvents(
        string @namespace, string dataset, int? limit, int? offset, DatasetEventsReader reader, CancellationToken ct)
    {
        var (ns, name) = (RouteValues.Decode(@namespace), RouteValues.Decode(dataset));
        var events = await reader.ListAsync(ns, name, Paging.From(limit, offset), ct);
        return events is null ? DatasetNotFound(ns, name) : TypedResults.Ok(events);
    }

    private static NotFound<ProblemDetails> DatasetNotFound(string ns, string name) =>
        CatalogApi.NotFound("Dataset not found", $"No dataset '{name}' in namespace '{ns}'.");
}
