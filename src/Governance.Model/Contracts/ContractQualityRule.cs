namespace Governance.Model.Contracts;

/// <summary>
/// A quality rule: a CEL expression over one record that must evaluate to <see langword="true"/> (ODCS quality
/// entry of <c>type: custom</c>, <c>engine: cel</c>, <c>implementation</c> = the expression).
/// </summary>
public sealed record ContractQualityRule
{
    /// <summary>Rule name, unique within the contract (ODCS <c>name</c>).</summary>
    public required string Name { get; init; }

    /// <summary>What the rule checks, for people (ODCS <c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>How serious a violation is (ODCS <c>severity</c>).</summary>
    public QualitySeverity Severity { get; init; } = QualitySeverity.Error;

    /// <summary>The CEL expression, evaluated against the record (ODCS <c>implementation</c>).</summary>
    public required string Expression { get; init; }

    /// <summary>
    /// The field the rule is declared on (it sits in that property's <c>quality</c> list); <see langword="null"/> for a
    /// rule on the whole record (<c>schema[0].quality</c>). The expression is over the record either way.
    /// </summary>
    public string? Field { get; init; }

    /// <summary>ODCS members of the rule that are kept but not interpreted (e.g. <c>dimension</c>, <c>businessImpact</c>).</summary>
    public ValueList<PreservedMember> Preserved { get; init; } = [];
}
