using Governance.Model;

namespace Governance.Web.Catalog;

/// <summary>
/// A column lineage start node: <c>datasetField:{namespace}:{name}:{field}</c> (one field) or
/// <c>dataset:{namespace}:{name}</c> (all fields of a dataset), unescaped as in Marquez.
/// </summary>
/// <remarks>
/// <para>Parsing a field id: the namespace ends where <see cref="NodeId"/> says it ends for
/// <c>dataset:{namespace}:…</c> (URI authorities with ports stay whole). What follows is
/// <c>{name}:{field}</c>, and both may contain ':' (file paths, ARNs, nested field names), so the text
/// alone cannot say where the name ends. Every ':' is therefore a candidate split; <see cref="Candidates"/>
/// lists them from the last to the first (field names rarely contain ':'; dataset names more often do),
/// and the reader takes the first candidate naming a dataset it knows. Marquez skips colons followed by
/// <c>//</c> or digits and fails on anything else; this accepts every id whose dataset is known.</para>
/// </remarks>
public sealed record ColumnLineageNodeId(string Namespace, string Name, string? Field)
{
    public const string DatasetFieldPrefix = "datasetField:";

    /// <summary>Formats a field node id.</summary>
    public static string ForField(string @namespace, string name, string field) =>
        $"{DatasetFieldPrefix}{@namespace}:{name}:{field}";

    /// <summary>
    /// The possible readings of <paramref name="value"/>, most likely first; empty when it is not a
    /// <c>datasetField:</c> or <c>dataset:</c> id.
    /// </summary>
    public static IReadOnlyList<ColumnLineageNodeId> Candidates(string? value)
    {
        if (value is null)
        {
            return [];
        }

        if (!value.StartsWith(DatasetFieldPrefix, StringComparison.Ordinal))
        {
            return NodeId.TryParse(value, out var node) && node.Kind == NodeKind.Dataset
                ? [new ColumnLineageNodeId(node.Namespace, node.Name, null)]
                : [];
        }

        if (!NodeId.TryParse(NodeId.DatasetPrefix + value[DatasetFieldPrefix.Length..], out var dataset))
        {
            return [];
        }

        // dataset.Name is "{name}:{field}"; neither part may be empty.
        var rest = dataset.Name;
        var result = new List<ColumnLineageNodeId>();
        for (var colon = rest.LastIndexOf(':'); colon > 0; colon = rest.LastIndexOf(':', colon - 1))
        {
            if (colon < rest.Length - 1)
            {
                result.Add(new ColumnLineageNodeId(dataset.Namespace, rest[..colon], rest[(colon + 1)..]));
            }
        }

        return result;
    }
}
