using Governance.Model.Contracts;
using Governance.Model.Contracts.Compatibility;
using Governance.Web.Contracts;

namespace Governance.Web.Components.Shared.Contracts;

/// <summary>One choice of a drop-down: the text shown and the value chosen.</summary>
public sealed record FormOption<T>(string Text, T Value);

/// <summary>The choices the contract form offers, spelled as ODCS and Schema Registry spell them.</summary>
public static class ContractFormOptions
{
    public static IReadOnlyList<FormOption<ContractStatus>> Statuses { get; } = Of<ContractStatus>();
    public static IReadOnlyList<FormOption<FieldLogicalType?>> LogicalTypes { get; } = Nullable<FieldLogicalType>();
    public static IReadOnlyList<FormOption<FieldClassification?>> Classifications { get; } = Nullable<FieldClassification>();
    public static IReadOnlyList<FormOption<QualitySeverity>> Severities { get; } = Of<QualitySeverity>();

    public static IReadOnlyList<FormOption<CompatibilityPolicy?>> Compatibilities { get; } =
        CompatibilityPolicies.All.Select(p => new FormOption<CompatibilityPolicy?>(p.Name, p.Policy)).ToList();

    public static IReadOnlyList<FormOption<FreshnessUnit>> FreshnessUnits { get; } =
        Enum.GetValues<FreshnessUnit>().Select(u => new FormOption<FreshnessUnit>(u.ToString().ToLowerInvariant(), u)).ToList();

    private static List<FormOption<T>> Of<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new FormOption<T>(ContractSpelling.Of(v), v)).ToList();

    private static List<FormOption<T?>> Nullable<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new FormOption<T?>(ContractSpelling.Of(v), v)).ToList();
}
