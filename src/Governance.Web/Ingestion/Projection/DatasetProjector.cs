using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Model.OpenLineage;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Ingestion.Projection;

/// <summary>Applies what an event says about one dataset: facets, description, type and versions.</summary>
internal static class DatasetProjector
{
    public static async Task<DatasetEntity> ApplyAsync(ProjectionScope scope, Dataset dataset, string? runId, CancellationToken ct)
    {
        var (entity, created) = await scope.DatasetAsync(dataset.Namespace, dataset.Name, ct);
        var facetsBefore = entity.FacetsJson;
        var incoming = dataset.Facets.IsEmpty ? (JsonElement?)null : JsonSerializer.SerializeToElement(dataset.Facets, OpenLineageJson.Options);

        // A late event (older than what we hold) may fill gaps but must not overwrite newer facets.
        var late = !created && scope.EventTime < entity.UpdatedAt;
        var merged = late ? FillMissing(entity.FacetsJson, incoming) : FacetMerge.Merge(entity.FacetsJson, incoming);
        entity.FacetsJson = merged.ToJsonString();
        entity.UpdatedAt = ProjectionScope.Later(entity.UpdatedAt, scope.EventTime);
        entity.CreatedAt = ProjectionScope.Earlier(entity.CreatedAt, scope.EventTime);

        var facets = Typed<DatasetFacets>(merged);
        entity.Description = facets?.Documentation?.Description ?? entity.Description;
        entity.SourceName = facets?.DataSource?.Name ?? entity.SourceName;
        entity.Type = facets?.DatasetType?.DatasetType is { Length: > 0 } type
            ? facets.DatasetType.SubType is { Length: > 0 } sub ? $"{type}/{sub}" : type
            : entity.Type;

        if (!late)
        {
            await NewVersionIfChangedAsync(scope, entity, merged, facets?.Schema, runId, ct);
            await LifecycleProjector.ApplyAsync(scope, entity, dataset.Facets.LifecycleStateChange?.LifecycleStateChange, ct);
            await ColumnLineageProjector.ApplyAsync(scope, entity, dataset.Facets.ColumnLineage, ct);
        }

        if (facets?.Symlinks is { } symlinks)
        {
            await SymlinkProjector.ApplyAsync(scope, entity, symlinks, ct);
        }

        // After the symlinks: merging an alias can bring its facets (and so its labels) along.
        await CatalogTermProjector.ApplyAsync(scope.Db, entity, facetsBefore, ct);
        await RegistrySchemaVersionProjector.ApplyAsync(scope, entity, dataset, ct);
        return entity;
    }

    private static async Task NewVersionIfChangedAsync(
        ProjectionScope scope, DatasetEntity entity, JsonObject merged, SchemaDatasetFacet? schema, string? runId, CancellationToken ct)
    {
        var (hash, json) = IdentityHash.Of(merged);
        var current = entity.CurrentVersion == 0 ? null
            : scope.Db.DatasetVersions.Local.FirstOrDefault(v => v.Dataset == entity && v.Version == entity.CurrentVersion)
              ?? await scope.Db.DatasetVersions.FirstOrDefaultAsync(v => v.DatasetId == entity.Id && v.Version == entity.CurrentVersion, ct);
        if (current?.IdentityHash == hash)
        {
            return;
        }

        var version = new DatasetVersion
        {
            Dataset = entity,
            Version = entity.CurrentVersion + 1,
            IdentityHash = hash,
            IdentityJson = json,
            CreatedAt = scope.EventTime,
            RunId = runId,
            RawEventId = scope.Raw.Id,
            Fields = SchemaFields.Flatten(schema),
        };
        scope.Db.DatasetVersions.Add(version);
        entity.CurrentVersion = version.Version;
    }

    private static JsonObject FillMissing(string storedJson, JsonElement? incoming)
    {
        var stored = JsonNode.Parse(storedJson) as JsonObject ?? [];
        if (incoming is { ValueKind: JsonValueKind.Object } facets)
        {
            foreach (var facet in facets.EnumerateObject().Where(f => !stored.ContainsKey(f.Name) && f.Value.ValueKind == JsonValueKind.Object))
            {
                stored[facet.Name] = JsonNode.Parse(facet.Value.GetRawText());
            }
        }

        return stored;
    }

    internal static T? Typed<T>(JsonObject facets) where T : class =>
        facets.Deserialize<T>(OpenLineageJson.Options);
}
