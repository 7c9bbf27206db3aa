namespace Governance.Web.Components.Shared;

/// <summary>Builds the portal's own URLs in one place, so pages and links agree on the encoding.</summary>
public static class PortalLinks
{
    /// <summary>
    /// The dataset page. Namespaces (<c>kafka://broker:9092</c>) and names (<c>warehouse/orders</c>)
    /// travel as single, fully percent-encoded path segments, the same convention as the read API
    /// (<c>/api/v1/namespaces/{namespace}/datasets/{dataset}</c>). The router decodes each segment
    /// exactly once after splitting the path, so an encoded <c>/</c> never splits a value.
    /// </summary>
    public static string Dataset(string @namespace, string name) =>
        $"datasets/{Uri.EscapeDataString(@namespace)}/{Uri.EscapeDataString(name)}";

    /// <summary>The catalog, optionally filtered; empty filters are left out of the URL.</summary>
    public static string Catalog(string? query = null, string? type = null, string? @namespace = null)
    {
        var parameters = new List<string>(3);
        Add(parameters, CatalogFilter.QueryParameter, query);
        Add(parameters, CatalogFilter.TypeParameter, type);
        Add(parameters, CatalogFilter.NamespaceParameter, @namespace);
        return parameters.Count == 0 ? "catalog" : "catalog?" + string.Join('&', parameters);
    }

    private static void Add(List<string> parameters, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parameters.Add($"{key}={Uri.EscapeDataString(value)}");
        }
    }
}
