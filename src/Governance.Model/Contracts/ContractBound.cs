namespace Governance.Model.Contracts;

/// <summary>
/// One end of a field's value range: ODCS <c>minimum</c>/<c>maximum</c> (inclusive) or
/// <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c>.
/// </summary>
/// <param name="Value">The bound: a number for <c>integer</c>/<c>number</c> fields, a string for <c>date</c>, <c>time</c> and <c>timestamp</c> fields.</param>
/// <param name="Exclusive">Whether the bound itself is outside the range.</param>
public sealed record ContractBound(ContractValue Value, bool Exclusive = false);
