namespace Governance.Model.Contracts;

/// <summary>Lifecycle of a contract: draft → active → deprecated.</summary>
public enum ContractStatus
{
    /// <summary>Being written; not yet enforced (ODCS <c>draft</c>; also read from <c>proposed</c>, <c>development</c>).</summary>
    Draft,

    /// <summary>In force (ODCS <c>active</c>; also read from <c>production</c>).</summary>
    Active,

    /// <summary>Still in force but superseded; producers and consumers should move on (ODCS <c>deprecated</c>).</summary>
    Deprecated,
}
