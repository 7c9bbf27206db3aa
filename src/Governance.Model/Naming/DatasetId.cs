namespace Governance.Model;

/// <summary>The identity of a dataset in OpenLineage: namespace (the data source) and name (unique within it).</summary>
/// <param name="Namespace">Dataset namespace, e.g. <c>kafka://broker:9092</c>.</param>
/// <param name="Name">Dataset name, e.g. the topic <c>orders.v1</c>.</param>
public sealed record DatasetId(string Namespace, string Name)
{
    /// <summary>The graph node id, <c>dataset:{namespace}:{name}</c> (see <see cref="NodeId"/>).</summary>
    public string ToNodeId() => NodeId.ForDataset(Namespace, Name);

    /// <summary>Returns <c>{namespace}:{name}</c>, e.g. <c>kafka://broker:9092:orders.v1</c>.</summary>
    public override string ToString() => $"{Namespace}:{Name}";
}
