namespace Governance.Web.Catalog;

/// <summary>
/// Namespaces such as <c>kafka://broker:9092</c> and dataset names such as <c>/data/orders</c> travel
/// URL-encoded in one path segment; ASP.NET Core leaves <c>%2F</c> encoded in route values, so finish the job.
/// </summary>
internal static class RouteValues
{
    public static string Decode(string value) =>
        value.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(value) : value;
}
