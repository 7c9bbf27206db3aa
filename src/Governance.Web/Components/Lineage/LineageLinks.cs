using System.Globalization;
using Governance.Model;

namespace Governance.Web.Components.Lineage;

/// <summary>The lineage explorer's URL: the whole view state lives in the query string.</summary>
public static class LineageLinks
{
    public const int DefaultDepth = 3;
    public const int MaxDepth = 10;

    public static string ForDataset(string @namespace, string name) => Explorer(NodeId.ForDataset(@namespace, name));

    public static string ForJob(string @namespace, string name) => Explorer(NodeId.ForJob(@namespace, name));

    /// <param name="hide">"jobs" or "datasets", or null to show both.</param>
    public static string Explorer(string nodeId, int depth = DefaultDepth, DateTimeOffset? asOf = null, string? hide = null)
    {
        var url = $"lineage?nodeId={Uri.EscapeDataString(nodeId)}";
        if (depth != DefaultDepth)
        {
            url += $"&depth={depth.ToString(CultureInfo.InvariantCulture)}";
        }

        if (asOf is { } instant)
        {
            url += "&asOf=" + Uri.EscapeDataString(instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(hide))
        {
            url += $"&hide={Uri.EscapeDataString(hide)}";
        }

        return url;
    }
}
