using Governance.Model.Contracts.Odcs;

namespace Governance.Model.Contracts;

/// <summary>Service levels and custom properties.</summary>
public static partial class ContractValidator
{
    private static void CheckServiceLevels(DataContract contract, Action<string, string> add)
    {
        var levels = contract.ServiceLevels;
        if (levels.Freshness is { } freshness && freshness <= TimeSpan.Zero)
        {
            add(ContractPaths.Freshness + ".value", $"freshness must be a positive duration (was {freshness})");
        }

        if (levels.Freshness is null && levels.FreshnessElement is not null)
        {
            add(ContractPaths.Freshness + ".element", "a freshness element without a freshness duration");
        }
        else if (levels.FreshnessElement is { } element && contract.Fields.Count > 0 && !NamesAField(contract, element))
        {
            add(ContractPaths.Freshness + ".element", $"freshness is measured on '{element}', which is not a field of the schema");
        }

        var lagPath = ContractPaths.CustomPropertyValue(contract, OdcsCustomProperties.ConsumerGroupMaxLag);
        var groups = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < levels.ConsumerGroupLag.Count; i++)
        {
            var objective = levels.ConsumerGroupLag[i];
            if (string.IsNullOrWhiteSpace(objective.ConsumerGroup))
            {
                add($"{lagPath}[{i}].consumerGroup", "the consumer group must be named");
            }
            else if (!groups.Add(objective.ConsumerGroup))
            {
                add($"{lagPath}[{i}].consumerGroup", $"consumer group '{objective.ConsumerGroup}' has more than one lag objective");
            }

            if (objective.MaxLag < 0)
            {
                add($"{lagPath}[{i}].maxLag", $"maximum lag must not be negative (was {objective.MaxLag})");
            }
        }

        if (levels.DeadLetterTopic is { } dlq)
        {
            var dlqPath = ContractPaths.CustomPropertyValue(contract, OdcsCustomProperties.DeadLetterTopic);
            if (string.IsNullOrWhiteSpace(dlq))
            {
                add(dlqPath, "the dead-letter topic name must not be blank");
            }
            else if (contract.Dataset is { } dataset && dlq == dataset.TopicName)
            {
                add(dlqPath, $"the dead-letter topic cannot be the governed topic '{dlq}' itself");
            }
        }
        else if (levels.DeadLetterTopicRequired)
        {
            add(ContractPaths.CustomPropertyValue(contract, OdcsCustomProperties.DeadLetterTopicRequired),
                "a dead-letter topic is required but none is named (set deadLetterTopic)");
        }

        for (var i = 0; i < levels.Other.Count; i++)
        {
            var sla = levels.Other[i];
            var path = ContractPaths.OtherSla(contract, i);
            if (string.IsNullOrWhiteSpace(sla.Property))
            {
                add(path + ".property", "an SLA property needs a name");
            }
            else if (sla.Property == "latency" && levels.Freshness is not null)
            {
                add(path + ".property", "latency is the freshness service level, which is already set");
            }

            CheckScalarJson(sla.ValueJson, path + ".value", add);
            if (sla.ValueExtJson is not null)
            {
                CheckScalarJson(sla.ValueExtJson, path + ".valueExt", add);
            }
        }
    }

    private static void CheckCustomProperties(DataContract contract, Action<string, string> add)
    {
        var names = new HashSet<string>(ContractPaths.ModeledCustomProperties(contract), StringComparer.Ordinal);
        for (var i = 0; i < contract.CustomProperties.Count; i++)
        {
            var property = contract.CustomProperties[i];
            var path = ContractPaths.OtherCustomProperty(contract, i);
            if (string.IsNullOrWhiteSpace(property.Property))
            {
                add(path + ".property", "a custom property needs a name");
            }
            else if (OdcsCustomProperties.All.Contains(property.Property))
            {
                add(path + ".property", $"'{property.Property}' is a modeled custom property: set it through the contract's fields");
            }
            else if (!names.Add(property.Property))
            {
                add(path + ".property", $"duplicate custom property '{property.Property}'");
            }

            if (!IsJson(property.ValueJson, out var error))
            {
                add(path + ".value", "not JSON: " + error);
            }
        }
    }

    /// <summary>Whether an ODCS element (<c>field</c>, or <c>object.field</c> with the schema object or topic name) names a field.</summary>
    private static bool NamesAField(DataContract contract, string element)
    {
        var owners = contract.Dataset is { } dataset ? new[] { dataset.Name + ".", dataset.TopicName + "." } : [];
        var field = owners.FirstOrDefault(owner => element.StartsWith(owner, StringComparison.Ordinal)) is { } prefix ? element[prefix.Length..] : element;
        return contract.Fields.Any(f => f.Name == field || f.Name == element);
    }
}
