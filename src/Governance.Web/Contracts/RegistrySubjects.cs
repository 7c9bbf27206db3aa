using System.Text.Json;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Contracts;

/// <summary>
/// Which Schema Registry subjects the platform knows: those the collector stored versions of
/// (<c>registry_schema_versions</c>) and those a dataset reports in its <c>governance_schemaRegistry</c> facet
/// (<c>subjects[].subject</c>).
/// </summary>
internal static class RegistrySubjects
{
    /// <summary>The facet that carries a topic's registry-side contract.</summary>
    public const string Facet = "governance_schemaRegistry";

    /// <summary>Whether <paramref name="subject"/> is known to the platform.</summary>
    public static async Task<bool> IsKnownAsync(GovernanceDbContext db, string subject, CancellationToken ct) =>
        await db.RegistrySchemaVersions.AnyAsync(v => v.Subject == subject, ct)
        || (await DatasetsReportingAsync(db, subject, limit: 1, ct)).Count > 0;

    /// <summary>
    /// The datasets whose facet names <paramref name="subject"/>. The database narrows the candidates with a plain
    /// substring match on the stored facets (their JSON is written compactly, so the member reads exactly
    /// <c>"subject":"…"</c>); only those few rows are parsed to confirm the subject sits where it should.
    /// </summary>
    public static async Task<IReadOnlyList<EntityId>> DatasetsReportingAsync(GovernanceDbContext db, string subject, int limit, CancellationToken ct)
    {
        var needle = "\"subject\":" + JsonSerializer.Serialize(subject);
        var candidates = db.Datasets.AsNoTracking()
            .Where(d => d.DeletedAt == null && d.FacetsJson.Contains(needle))
            .OrderBy(d => d.Id)
            .Select(d => new { Namespace = d.Namespace.Name, d.Name, d.FacetsJson })
            .AsAsyncEnumerable();
        var found = new List<EntityId>();
        await foreach (var candidate in candidates.WithCancellation(ct))
        {
            // Reading stops at the last match needed, so the query never loads more rows than that.
            if (Subjects(candidate.FacetsJson).Contains(subject, StringComparer.Ordinal))
            {
                found.Add(new EntityId(candidate.Namespace, candidate.Name));
                if (found.Count >= limit)
                {
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>The subject names a stored facets object reports (empty when the facet is absent or of another shape).</summary>
    public static IReadOnlyList<string> Subjects(string facetsJson)
    {
        using var document = JsonDocument.Parse(facetsJson);
        return SubjectEntries(document.RootElement)
            .Select(s => s.TryGetProperty("subject", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null)
            .OfType<string>()
            .ToList();
    }

    /// <summary>The <c>subjects</c> entries of the facet in a stored facets object.</summary>
    public static IEnumerable<JsonElement> SubjectEntries(JsonElement facets)
    {
        if (facets.ValueKind != JsonValueKind.Object
            || !facets.TryGetProperty(Facet, out var facet) || facet.ValueKind != JsonValueKind.Object
            || !facet.TryGetProperty("subjects", out var subjects) || subjects.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return subjects.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object).ToList();
    }
}
