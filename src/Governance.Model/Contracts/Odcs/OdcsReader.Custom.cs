using System.Text.Json;
using System.Text.Json.Nodes;

namespace Governance.Model.Contracts.Odcs;

/// <summary>Contract-level custom properties: the modeled ones (<see cref="OdcsCustomProperties"/>) and the rest.</summary>
internal sealed partial class OdcsReader
{
    private static readonly HashSet<string> ModeledCustomMembers = ["property", "value"];

    private DataContract ReadCustomProperties(JsonArray? properties, DataContract contract)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var others = new List<(ContractCustomProperty Property, string Source)>();
        string? subject = null, range = null;
        int? version = null;
        var levels = contract.ServiceLevels;
        for (var i = 0; i < (properties?.Count ?? 0); i++)
        {
            var obj = (JsonObject)properties![i]!;
            var path = $"customProperties[{i}]";
            var name = Text(obj, "property") ?? string.Empty;
            var value = obj["value"];
            var valuePath = path + ".value";
            if (!OdcsCustomProperties.All.Contains(name))
            {
                others.Add((new ContractCustomProperty(name, Json(value), Text(obj, "description"), Text(obj, "id")), path));
                continue;
            }

            if (!sources.TryAdd(name, path))
            {
                Invalid(path + ".property", $"'{name}' is already given by {sources[name]}");
                continue;
            }

            NoteDropped(obj, path, ModeledCustomMembers, $"read as {name}");
            switch (name)
            {
                case OdcsCustomProperties.SchemaRegistrySubject:
                    subject = RequireString(value, valuePath);
                    break;
                case OdcsCustomProperties.SchemaRegistryVersion:
                    version = value is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? Integer(value, valuePath) : Wrong<int?>(valuePath, "a whole number (the pinned version)");
                    break;
                case OdcsCustomProperties.SchemaRegistryVersionRange:
                    range = RequireString(value, valuePath);
                    break;
                case OdcsCustomProperties.SchemaCompatibility:
                    var policy = RequireString(value, valuePath);
                    if (policy is not null)
                    {
                        if (OdcsCustomProperties.TryParseCompatibility(policy, out var compatibility))
                        {
                            contract = contract with { Compatibility = compatibility };
                        }
                        else
                        {
                            Invalid(valuePath, $"unknown compatibility policy '{policy}': use NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL or FULL_TRANSITIVE");
                        }
                    }

                    break;
                case OdcsCustomProperties.ConsumerGroupMaxLag:
                    levels = levels with { ConsumerGroupLag = ReadLagObjectives(value, valuePath) };
                    break;
                case OdcsCustomProperties.DeadLetterTopicRequired:
                    levels = levels with
                    {
                        DeadLetterTopicRequired = value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                            ? b.GetValue<bool>() : Wrong<bool>(valuePath, "true or false"),
                    };
                    break;
                case OdcsCustomProperties.DeadLetterTopic:
                    levels = levels with { DeadLetterTopic = RequireString(value, valuePath) };
                    break;
            }
        }

        if (subject is null && (version is not null || range is not null))
        {
            var orphan = version is not null ? OdcsCustomProperties.SchemaRegistryVersion : OdcsCustomProperties.SchemaRegistryVersionRange;
            Invalid(sources[orphan], $"{orphan} needs {OdcsCustomProperties.SchemaRegistrySubject}, the subject it refers to");
        }

        contract = contract with
        {
            SchemaReference = subject is null ? null : new ContractSchemaReference { Subject = subject, PinnedVersion = version, VersionRange = range },
            ServiceLevels = levels,
            CustomProperties = others.Select(o => o.Property).ToValueList(),
        };

        var modeled = ContractPaths.ModeledCustomProperties(contract);
        for (var k = 0; k < modeled.Count; k++)
        {
            if (sources.TryGetValue(modeled[k], out var source))
            {
                Paths.Add($"customProperties[{k}]", source);
            }
        }

        for (var k = 0; k < others.Count; k++)
        {
            Paths.Add($"customProperties[{modeled.Count + k}]", others[k].Source);
        }

        return contract;
    }

    private ValueList<ConsumerLagObjective> ReadLagObjectives(JsonNode? value, string path)
    {
        if (value is not JsonArray list)
        {
            return Wrong<ValueList<ConsumerLagObjective>>(path, "a list of {consumerGroup, maxLag}") ?? [];
        }

        var result = new List<ConsumerLagObjective>();
        for (var i = 0; i < list.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (list[i] is not JsonObject item || item.Count != 2 || !item.ContainsKey("consumerGroup") || !item.ContainsKey("maxLag"))
            {
                Invalid(itemPath, "each lag objective is {consumerGroup: <group id>, maxLag: <records>} and nothing else");
                continue;
            }

            if (RequireString(item["consumerGroup"], itemPath + ".consumerGroup") is not { } group)
            {
                continue;
            }

            if (item["maxLag"] is JsonValue lag && lag.GetValueKind() == JsonValueKind.Number
                && long.TryParse(lag.ToJsonString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var maxLag))
            {
                result.Add(new ConsumerLagObjective(group, maxLag));
            }
            else
            {
                Invalid(itemPath + ".maxLag", "maxLag must be a whole number of records");
            }
        }

        return result.ToValueList();
    }

    private string? RequireString(JsonNode? value, string path) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : Wrong<string>(path, "a string");

    private T? Wrong<T>(string path, string expected)
    {
        Invalid(path, $"must be {expected}");
        return default;
    }
}
