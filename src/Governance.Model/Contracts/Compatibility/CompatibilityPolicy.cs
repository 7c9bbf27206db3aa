namespace Governance.Model.Contracts.Compatibility;

/// <summary>
/// A schema compatibility level, with exactly Confluent Schema Registry's meaning. "Previous" means the latest
/// previous version for the plain levels and every previous version for the <c>*Transitive</c> ones.
/// </summary>
public enum CompatibilityPolicy
{
    /// <summary>No check: every change is accepted (<c>NONE</c>).</summary>
    None,

    /// <summary>Consumers using the new schema can read data produced with the latest previous version (<c>BACKWARD</c>).</summary>
    Backward,

    /// <summary>Like <see cref="Backward"/>, against every previous version (<c>BACKWARD_TRANSITIVE</c>).</summary>
    BackwardTransitive,

    /// <summary>Consumers using the latest previous version can read data produced with the new schema (<c>FORWARD</c>).</summary>
    Forward,

    /// <summary>Like <see cref="Forward"/>, against every previous version (<c>FORWARD_TRANSITIVE</c>).</summary>
    ForwardTransitive,

    /// <summary>Both <see cref="Backward"/> and <see cref="Forward"/> against the latest previous version (<c>FULL</c>).</summary>
    Full,

    /// <summary>Both directions against every previous version (<c>FULL_TRANSITIVE</c>).</summary>
    FullTransitive,
}

/// <summary>One way a schema change can break readers; a policy checks one or both.</summary>
public enum CompatibilityDirection
{
    /// <summary>The new schema reads data produced with a previous version (the new schema is the reader).</summary>
    Backward,

    /// <summary>A previous version reads data produced with the new schema (the new schema is the writer).</summary>
    Forward,
}
