namespace Governance.Model;

/// <summary>The identity of a job in OpenLineage: namespace (scheduler or engine instance) and name.</summary>
/// <param name="Namespace">Job namespace, e.g. <c>airflow</c>.</param>
/// <param name="Name">Job name, unique within the namespace, e.g. <c>dag.task</c>.</param>
public sealed record JobId(string Namespace, string Name)
{
    /// <summary>The graph node id, <c>job:{namespace}:{name}</c> (see <see cref="NodeId"/>).</summary>
    public string ToNodeId() => NodeId.ForJob(Namespace, Name);

    /// <summary>Returns <c>{namespace}:{name}</c>.</summary>
    public override string ToString() => $"{Namespace}:{Name}";
}
