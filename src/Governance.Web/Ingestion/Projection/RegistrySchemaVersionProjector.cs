using Governance.Model.OpenLineage;
using Governance.Web.Contracts.Enforcement;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Ingestion.Projection;

/// <summary>
/// Keeps every schema version a <c>governance_schemaRegistry</c> facet reports with its text, once
/// per (namespace, subject, version), so compatibility can later be checked against a subject's
/// predecessors without reaching the registry. The namespace is the dataset's canonical one: the
/// collector reports a topic with the registry of its own cluster. Versions reported without their
/// text cannot be checked against and are not kept.
/// </summary>
internal static class RegistrySchemaVersionProjector
{
    public static async Task ApplyAsync(ProjectionScope scope, DatasetEntity dataset, Dataset reported, CancellationToken ct)
    {
        if (reported.Facets.GetFacetJson(RegistryFacet.Key) is not { } facet)
        {
            return;
        }

        var ns = dataset.Namespace?.Name ?? reported.Namespace;
        foreach (var subject in RegistryFacet.Read(facet))
        {
            foreach (var version in subject.Versions.Where(v => v.Schema is not null))
            {
                if (await KnownAsync(scope, ns, subject.Subject, version.Version, ct))
                {
                    continue;
                }

                scope.Db.RegistrySchemaVersions.Add(new RegistrySchemaVersion
                {
                    Namespace = ns,
                    Subject = subject.Subject,
                    Version = version.Version,
                    SchemaId = version.SchemaId,
                    SchemaType = version.SchemaType,
                    Schema = version.Schema!,
                    FirstSeenAt = scope.EventTime,
                    RawEventId = scope.Raw.Id,
                });
            }
        }
    }

    // The same version may be named twice in one event (a topic and its alias), before anything is saved.
    private static async Task<bool> KnownAsync(ProjectionScope scope, string ns, string subject, int version, CancellationToken ct) =>
        scope.Db.RegistrySchemaVersions.Local.Any(v => v.Namespace == ns && v.Subject == subject && v.Version == version)
        || await scope.Db.RegistrySchemaVersions.AnyAsync(v => v.Namespace == ns && v.Subject == subject && v.Version == version, ct);
}
