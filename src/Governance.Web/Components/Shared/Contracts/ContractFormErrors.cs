using System.Text.RegularExpressions;
using Governance.Model.Contracts;
using Governance.Model.Contracts.Odcs;

namespace Governance.Web.Components.Shared.Contracts;

/// <summary>
/// Places each problem of a contract next to the form input it is about. Problems name ODCS paths as the contract is
/// exported (from <see cref="ContractValidator"/>) or JSON-shape paths (from the form's own reading); this maps both
/// to the form's keys: <c>topic</c>, <c>subject</c>, <c>fields[2].minimum</c>, <c>qualityRules[0].expression</c>, ….
/// A problem with no input of its own is still listed in the form's summary.
/// </summary>
public static partial class ContractFormErrors
{
    /// <summary>The messages for each form key.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByKey(DataContract? contract, IEnumerable<ContractProblem> problems) =>
        problems.Select(p => (Key: KeyOf(contract, p.Path), p.Message))
            .Where(p => p.Key is not null)
            .GroupBy(p => p.Key!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Message).Distinct().ToList(), StringComparer.Ordinal);

    /// <summary>The form key a problem path belongs to, or null when no input shows it.</summary>
    public static string? KeyOf(DataContract? contract, string path)
    {
        if (FormPath().IsMatch(path))
        {
            return FormPath().Match(path).Value; // already a form path (the JSON shape's names match the form's)
        }

        if (Property().Match(path) is { Success: true } property)
        {
            return FieldKey(contract, int.Parse(property.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), property.Groups[2].Value);
        }

        if (RecordRule().Match(path) is { Success: true } recordRule && contract is not null)
        {
            var position = int.Parse(recordRule.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return RuleKey(RuleIndex(contract, -1, position), recordRule.Groups[2].Value);
        }

        if (CustomProperty().Match(path) is { Success: true } custom && contract is not null)
        {
            var index = int.Parse(custom.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return CustomKey(contract, index, custom.Groups[2].Value);
        }

        return path switch
        {
            "id" or "name" or "version" or "status" or "domain" or "tags" => path,
            "description.purpose" => "description",
            "description.usage" => "usage",
            "schema" or "schema[0]" or "schema[0].name" or "schema[0].physicalName" => "topic",
            _ when path.StartsWith("servers[0]", StringComparison.Ordinal) => "cluster",
            _ when path.StartsWith("team", StringComparison.Ordinal) => "owner",
            _ when path.StartsWith("slaProperties[0].element", StringComparison.Ordinal) && contract?.ServiceLevels.Freshness is not null => "freshnessElement",
            _ when path.StartsWith("slaProperties[0]", StringComparison.Ordinal) && contract?.ServiceLevels.Freshness is not null => "freshness",
            _ => null,
        };
    }

    private static string? FieldKey(DataContract? contract, int field, string rest)
    {
        var key = $"fields[{field}]";
        var option = rest.StartsWith(".logicalTypeOptions.", StringComparison.Ordinal) ? rest[".logicalTypeOptions.".Length..] : null;
        if (option is not null)
        {
            return option switch
            {
                "minimum" or "exclusiveMinimum" => key + ".minimum",
                "maximum" or "exclusiveMaximum" => key + ".maximum",
                _ => key + "." + option.Split('.')[0],
            };
        }

        if (Quality().Match(rest) is { Success: true } quality && contract is not null && field < contract.Fields.Count)
        {
            var entry = int.Parse(quality.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var hasAllowedValues = contract.Fields[field].AllowedValues is not null;
            return hasAllowedValues && entry == 0
                ? key + ".allowedValues"
                : RuleKey(RuleIndex(contract, field, entry - (hasAllowedValues ? 1 : 0)), quality.Groups[2].Value);
        }

        return rest switch
        {
            ".logicalType" or ".classification" or ".required" or ".physicalType" or ".description" => key + rest,
            _ => key + ".name",
        };
    }

    /// <summary>Index in the contract's rule list of the <paramref name="position"/>-th rule declared on field <paramref name="field"/> (-1: the record).</summary>
    private static int RuleIndex(DataContract contract, int field, int position)
    {
        var seen = 0;
        for (var r = 0; r < contract.QualityRules.Count; r++)
        {
            var declaredOn = contract.QualityRules[r].Field is { } name ? FieldIndex(contract, name) : -1;
            if (declaredOn == field && seen++ == position)
            {
                return r;
            }
        }

        return -1;
    }

    private static int FieldIndex(DataContract contract, string name)
    {
        for (var i = 0; i < contract.Fields.Count; i++)
        {
            if (contract.Fields[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static string? RuleKey(int rule, string member) => rule < 0 ? null : member switch
    {
        ".implementation" => $"qualityRules[{rule}].expression",
        ".severity" => $"qualityRules[{rule}].severity",
        "" => $"qualityRules[{rule}].field",
        _ => $"qualityRules[{rule}].name",
    };

    /// <summary>The modeled custom property at <paramref name="index"/>, in the order the exporter writes them.</summary>
    private static string? CustomKey(DataContract contract, int index, string rest)
    {
        var levels = contract.ServiceLevels;
        var written = OdcsCustomProperties.All.Where(name => name switch
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
        return index >= written.Count ? null : written[index] switch
        {
            OdcsCustomProperties.SchemaRegistrySubject => "subject",
            OdcsCustomProperties.SchemaRegistryVersion => "pinnedVersion",
            OdcsCustomProperties.SchemaRegistryVersionRange => "versionRange",
            OdcsCustomProperties.SchemaCompatibility => "compatibility",
            OdcsCustomProperties.ConsumerGroupMaxLag when LagItem().Match(rest) is { Success: true } item =>
                $"consumerGroupLag[{item.Groups[1].Value}].{item.Groups[2].Value}",
            OdcsCustomProperties.DeadLetterTopicRequired or OdcsCustomProperties.DeadLetterTopic => "deadLetterTopic",
            _ => null,
        };
    }

    [GeneratedRegex(@"^(fields\[\d+\]\.\w+|qualityRules\[\d+\]\.\w+|consumerGroupLag\[\d+\]\.\w+|compatibility$)")]
    private static partial Regex FormPath();

    [GeneratedRegex(@"^schema\[0\]\.properties\[(\d+)\](.*)$")]
    private static partial Regex Property();

    [GeneratedRegex(@"^\.quality\[(\d+)\](\.\w+)?")]
    private static partial Regex Quality();

    [GeneratedRegex(@"^schema\[0\]\.quality\[(\d+)\](\.\w+)?")]
    private static partial Regex RecordRule();

    [GeneratedRegex(@"^customProperties\[(\d+)\]\.value(.*)$")]
    private static partial Regex CustomProperty();

    [GeneratedRegex(@"^\[(\d+)\]\.(consumerGroup|maxLag)")]
    private static partial Regex LagItem();
}
