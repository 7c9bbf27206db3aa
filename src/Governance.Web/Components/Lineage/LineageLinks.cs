using System.Globalization;
using Governance.Model;

namespace Governance.Web.Components.Lineage;

/// <summary>The lineage explorer's URL: the whole view state lives in the query string.</summary>
public static class LineageLinks
{
    public const int DefaultDepth = 3;
    public const int MaxDepth = 10;

    /// <summary>The <c>mode</c> value of field-level lineage.</summary>
    public const string ColumnsMode = "columns";

    /// <summary>The <c>highlight</c> value that marks where personal data flows.</summary>
    public const string PiiHighlight = "pii";

    public static string ForDataset(string @namespace, string name) => Explorer(NodeId.ForDataset(@namespace, name));

    public static string ForJob(string @namespace, string name) => Explorer(NodeId.ForJob(@namespace, name));

    /// <param name="nodeId">A dataset or job node id; in column mode also <c>datasetField:{ns}:{name}:{field}</c>.</param>
    /// <param name="hide">"jobs" or "datasets", or null to show both.</param>
    /// <param name="columns">Field-level lineage instead of datasets and jobs.</param>
    /// <param name="pii">Highlight where personal data flows.</param>
    public static string Explorer(
        string nodeId, int depth = DefaultDepth, DateTimeOffset? asOf = null, string? hide = null, bool columns = false, bool pii = false)
    {
        var url = $"lineage?nodeId={Uri.EscapeDataString(nodeId)}";
        if (depth != DefaultDepth)
        {
            url += $"&depth={depth.ToString(CultureInfo.InvariantCulture)}";
        }

        if (asOf is { } instant)
        {
            url += "&asOf=" + Uri.EscapeDataString(FormatInstant(instant));
        }

        if (!string.IsNullOrEmpty(hide))
        {
            url += $"&hide={Uri.EscapeDataString(hide)}";
        }

        if (columns)
        {
            url += $"&mode={ColumnsMode}";
        }

        if (pii)
        {
            url += $"&highlight={PiiHighlight}";
        }

        return url;
    }

    /// <summary>
    /// An instant as the URL carries it: UTC, with the fraction of a second only when there is one. The
    /// time slider's instants are the exact moments edges opened or closed, and the graph as of a
    /// rounded instant could miss the change.
    /// </summary>
    public static string FormatInstant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
