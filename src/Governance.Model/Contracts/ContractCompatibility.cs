namespace Governance.Model.Contracts;

/// <summary>Schema Registry compatibility policy the contract requires for its subject.</summary>
public enum ContractCompatibility
{
    /// <summary><c>NONE</c>: no compatibility check.</summary>
    None,

    /// <summary><c>BACKWARD</c>: consumers on the new schema can read data written with the previous one.</summary>
    Backward,

    /// <summary><c>BACKWARD_TRANSITIVE</c>: as <see cref="Backward"/>, against all previous versions.</summary>
    BackwardTransitive,

    /// <summary><c>FORWARD</c>: consumers on the previous schema can read data written with the new one.</summary>
    Forward,

    /// <summary><c>FORWARD_TRANSITIVE</c>: as <see cref="Forward"/>, against all previous versions.</summary>
    ForwardTransitive,

    /// <summary><c>FULL</c>: both backward and forward compatible with the previous version.</summary>
    Full,

    /// <summary><c>FULL_TRANSITIVE</c>: both backward and forward compatible with all previous versions.</summary>
    FullTransitive,
}
