using System.Text.Json;
using Governance.Web.Catalog.Dtos;

namespace Governance.Web.Ingestion.Projection;

/// <summary>Sorted, de-duplicated sets of dataset ids stored as JSON on runs and job versions.</summary>
internal static class DatasetKeys
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SortedSet<EntityId> Read(string json) =>
        new(JsonSerializer.Deserialize<List<EntityId>>(json, Json) ?? [], Comparer);

    public static string Write(IEnumerable<EntityId> ids) =>
        JsonSerializer.Serialize(new SortedSet<EntityId>(ids, Comparer), Json);

    public static readonly IComparer<EntityId> Comparer = Comparer<EntityId>.Create((a, b) =>
    {
        var byNamespace = string.CompareOrdinal(a.Namespace, b.Namespace);
        return byNamespace != 0 ? byNamespace : string.CompareOrdinal(a.Name, b.Name);
    });
}
