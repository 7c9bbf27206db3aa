using System.Text.Json;
using Governance.Model.OpenLineage;
using Governance.Web.Data.Entities;

namespace Governance.Web.Ingestion.Projection;

/// <summary>Applies what an event says about a job: facets, type, description.</summary>
internal static class JobProjector
{
    public static async Task<JobEntity> ApplyAsync(ProjectionScope scope, Job job, CancellationToken ct)
    {
        var entity = await scope.JobAsync(job.Namespace, job.Name, ct);
        var facetsBefore = entity.FacetsJson;
        var incoming = job.Facets.IsEmpty ? (JsonElement?)null : JsonSerializer.SerializeToElement(job.Facets, OpenLineageJson.Options);
        if (scope.EventTime >= entity.UpdatedAt || entity.FacetsJson == "{}")
        {
            var merged = FacetMerge.Merge(entity.FacetsJson, incoming);
            entity.FacetsJson = merged.ToJsonString();
            var facets = DatasetProjector.Typed<JobFacets>(merged);
            entity.Description = facets?.Documentation?.Description ?? entity.Description;
            if (facets?.JobType is { } jobType)
            {
                entity.Type = jobType.ProcessingType ?? entity.Type;
                entity.Integration = string.Join(" / ", new[] { jobType.Integration, jobType.JobType }.Where(s => !string.IsNullOrEmpty(s)));
            }

            await CatalogTermProjector.ApplyAsync(scope.Db, entity, facetsBefore, ct);
        }

        if (scope.EventTime >= entity.UpdatedAt)
        {
            await LifecycleProjector.ApplyAsync(scope, entity, LifecycleProjector.JobState(job.Facets), ct);
        }

        entity.UpdatedAt = ProjectionScope.Later(entity.UpdatedAt, scope.EventTime);
        entity.CreatedAt = ProjectionScope.Earlier(entity.CreatedAt, scope.EventTime);
        return entity;
    }
}
