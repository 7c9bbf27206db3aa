using Governance.Model.OpenLineage;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Ingestion.Projection;

/// <summary>
/// Maintains field-level lineage edges from a dataset's <c>columnLineage</c> facet. The facet is a
/// complete picture of the dataset's field lineage, so the dataset's open edges it no longer lists are
/// closed (kept, with <c>ValidTo</c>, so the graph can be read as of a past instant).
/// </summary>
/// <remarks>
/// One edge per (output field, input field, transformation): an input with several transformations
/// (e.g. DIRECT/AGGREGATION and INDIRECT/FILTER) yields several edges. The facet's dataset-level
/// dependencies (<c>dataset</c>) are not field edges and are not stored.
/// </remarks>
internal static class ColumnLineageProjector
{
    public static async Task ApplyAsync(ProjectionScope scope, DatasetEntity dataset, ColumnLineageDatasetFacet? facet, CancellationToken ct)
    {
        // An event without the facet says nothing about field lineage (many events carry only some facets).
        if (facet is null)
        {
            return;
        }

        var edges = scope.Db.ColumnLineageEdges;
        if (dataset.Id != 0)
        {
            await edges.Where(e => e.OutputDatasetId == dataset.Id && e.ValidTo == null).LoadAsync(ct);
        }

        var open = edges.Local.Where(e => e.OutputDataset == dataset && e.ValidTo == null).ToList();
        var reported = new HashSet<ColumnLineageEdge>();
        foreach (var draft in Edges(facet))
        {
            var edge = open.FirstOrDefault(e => SameEdge(e, draft));
            if (edge is null)
            {
                edge = new ColumnLineageEdge
                {
                    OutputDataset = dataset,
                    OutputField = draft.OutputField,
                    InputNamespace = draft.InputNamespace,
                    InputName = draft.InputName,
                    InputField = draft.InputField,
                    TransformationType = draft.Type,
                    TransformationSubtype = draft.Subtype,
                    TransformationDescription = draft.Description,
                    Masking = draft.Masking,
                    ValidFrom = scope.EventTime,
                    LastSeenAt = scope.EventTime,
                    RawEventId = scope.Raw.Id,
                };
                edges.Add(edge);
                open.Add(edge);
            }

            edge.LastSeenAt = ProjectionScope.Later(edge.LastSeenAt, scope.EventTime);
            edge.ValidFrom = ProjectionScope.Earlier(edge.ValidFrom, scope.EventTime);
            reported.Add(edge);
        }

        // A late facet (older than an edge's opening) says nothing about that edge's present.
        foreach (var edge in open.Where(e => !reported.Contains(e) && e.ValidFrom <= scope.EventTime && e.LastSeenAt <= scope.EventTime))
        {
            edge.ValidTo = scope.EventTime;
        }
    }

    private static IEnumerable<EdgeDraft> Edges(ColumnLineageDatasetFacet facet)
    {
        foreach (var (outputField, lineage) in facet.Fields)
        {
            foreach (var input in lineage.InputFields)
            {
                if (string.IsNullOrEmpty(input.Namespace) || string.IsNullOrEmpty(input.Name) || string.IsNullOrEmpty(input.Field))
                {
                    continue;
                }

                // Older producers state the transformation once per output field (deprecated, but common).
                var transformations = input.Transformations.Count > 0
                    ? input.Transformations.Select(t => (t.Type, t.Subtype, t.Description, t.Masking))
                    : [(lineage.TransformationType, (string?)null, lineage.TransformationDescription, (bool?)null)];
                foreach (var (type, subtype, description, masking) in transformations.Distinct())
                {
                    yield return new EdgeDraft(outputField, input.Namespace, input.Name, input.Field, type, subtype, description, masking);
                }
            }
        }
    }

    private static bool SameEdge(ColumnLineageEdge e, EdgeDraft d) =>
        e.OutputField == d.OutputField && e.InputNamespace == d.InputNamespace && e.InputName == d.InputName
        && e.InputField == d.InputField && e.TransformationType == d.Type && e.TransformationSubtype == d.Subtype;

    private sealed record EdgeDraft(
        string OutputField, string InputNamespace, string InputName, string InputField,
        string? Type, string? Subtype, string? Description, bool? Masking);
}
