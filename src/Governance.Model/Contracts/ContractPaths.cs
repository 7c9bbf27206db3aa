using Governance.Model.Contracts.Odcs;

namespace Governance.Model.Contracts;

/// <summary>
/// Where each modeled member of a <see cref="DataContract"/> sits in its ODCS document as exported by
/// <see cref="OdcsYaml.Export"/>. <see cref="ContractValidator"/> names problems with these paths, and the exporter
/// writes in exactly this layout (tests check that each path resolves in an exported document).
/// </summary>
internal static class ContractPaths
{
    public const string Dataset = "schema[0]";

    public static string Field(int index) => $"schema[0].properties[{index}]";

    public static string FieldOption(int index, string option) => Field(index) + ".logicalTypeOptions." + option;

    /// <summary>Allowed values are the first quality entry of their property.</summary>
    public static string AllowedValues(int index) => Field(index) + ".quality[0].arguments.validValues";

    public static string Server(int index) => $"servers[{index}]";

    public static string Member(int index) => $"team.members[{index}]";

    public static string Freshness => "slaProperties[0]";

    public static string OtherSla(DataContract contract, int index) =>
        $"slaProperties[{index + (contract.ServiceLevels.Freshness is null ? 0 : 1)}]";

    /// <summary>Names of the modeled custom properties the contract sets, in export order.</summary>
    public static IReadOnlyList<string> ModeledCustomProperties(DataContract contract)
    {
        var levels = contract.ServiceLevels;
        return OdcsCustomProperties.All.Where(name => name switch
        {
            OdcsCustomProperties.SchemaRegistrySubject => contract.SchemaReference is not null,
            OdcsCustomProperties.SchemaRegistryVersion => contract.SchemaReference?.PinnedVersion is not null,
            OdcsCustomProperties.SchemaRegistryVersionRange => contract.SchemaReference?.VersionRange is not null,
            OdcsCustomProperties.SchemaCompatibility => contract.Compatibility is not null,
            OdcsCustomProperties.ConsumerGroupMaxLag => levels.ConsumerGroupLag.Count > 0,
            OdcsCustomProperties.DeadLetterTopicRequired => levels.DeadLetterTopicRequired,
            OdcsCustomProperties.DeadLetterTopic => levels.DeadLetterTopic is not null,
            _ => false,
        }).ToList();
    }

    /// <summary><c>customProperties[k].value</c> of a modeled custom property the contract sets.</summary>
    public static string CustomPropertyValue(DataContract contract, string name)
    {
        var index = ModeledCustomProperties(contract).ToList().IndexOf(name);
        return $"customProperties[{Math.Max(index, 0)}].value";
    }

    /// <summary>A contract-level custom property the model does not interpret (written after the modeled ones).</summary>
    public static string OtherCustomProperty(DataContract contract, int index) =>
        $"customProperties[{ModeledCustomProperties(contract).Count + index}]";

    /// <summary>Index of the field a rule is declared on, or -1 for a record-level rule (or an unknown field).</summary>
    public static int FieldIndexOf(DataContract contract, ContractQualityRule rule)
    {
        if (rule.Field is null)
        {
            return -1;
        }

        for (var i = 0; i < contract.Fields.Count; i++)
        {
            if (contract.Fields[i].Name == rule.Field)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The quality entry of rule <paramref name="ruleIndex"/>: in its property's list (after the allowed values), or in the schema object's.</summary>
    public static string QualityRule(DataContract contract, int ruleIndex)
    {
        var fieldIndex = FieldIndexOf(contract, contract.QualityRules[ruleIndex]);
        var position = 0;
        for (var r = 0; r < ruleIndex; r++)
        {
            if (FieldIndexOf(contract, contract.QualityRules[r]) == fieldIndex)
            {
                position++;
            }
        }

        if (fieldIndex < 0)
        {
            return $"schema[0].quality[{position}]";
        }

        var offset = contract.Fields[fieldIndex].AllowedValues is null ? 0 : 1;
        return $"{Field(fieldIndex)}.quality[{position + offset}]";
    }
}
