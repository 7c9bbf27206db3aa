namespace Governance.Model;

/// <summary>The kind of a lineage graph node (see <see cref="NodeId"/>).</summary>
public enum NodeKind
{
    /// <summary>A dataset node, id prefix <c>dataset:</c>.</summary>
    Dataset,

    /// <summary>A job node, id prefix <c>job:</c>.</summary>
    Job,
}
