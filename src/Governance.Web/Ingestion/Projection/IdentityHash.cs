using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Governance.Web.Ingestion.Projection;

/// <summary>Picks the facets that identify a dataset version and hashes them.</summary>
internal static class IdentityHash
{
    /// <summary>
    /// Facets whose change makes a new dataset version. Ownership, documentation, tags, quality and
    /// statistics describe a version; they do not make a new one.
    /// </summary>
    public static readonly string[] IdentifyingFacets = ["schema", "dataSource", "datasetType", "storage", "symlinks", "version"];

    public static (string Hash, string Json) Of(JsonObject facets)
    {
        var identity = new JsonObject();
        foreach (var key in IdentifyingFacets)
        {
            if (facets[key] is JsonObject facet)
            {
                identity[key] = WithoutMetadata(facet);
            }
        }

        var json = identity.ToJsonString();
        return (Sha256(json), json);
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    // _producer and _schemaURL change with producer upgrades without changing the data.
    private static JsonObject WithoutMetadata(JsonObject facet)
    {
        var copy = new JsonObject();
        foreach (var (name, value) in facet.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!name.StartsWith('_'))
            {
                copy[name] = value?.DeepClone();
            }
        }

        return copy;
    }
}
