using System.Text.Json.Nodes;

namespace Governance.Model.Contracts.Odcs;

/// <summary>
/// Writes a <see cref="DataContract"/> as an ODCS v3.1.0 document, in the layout <see cref="ContractPaths"/>
/// describes: modeled members first, preserved members after them.
/// </summary>
internal static partial class OdcsWriter
{
    public static JsonObject Write(DataContract contract)
    {
        var root = new JsonObject
        {
            ["apiVersion"] = OdcsSchema.ApiVersion,
            ["kind"] = "DataContract",
            ["id"] = contract.Id,
        };
        Set(root, "name", contract.Name);
        root["version"] = contract.Version;
        root["status"] = OdcsNames.Status(contract.Status);
        Set(root, "domain", contract.Domain);
        SetList(root, "tags", contract.Tags);
        if (contract.Description is not null || contract.Usage is not null || contract.Limitations is not null
            || contract.Preserved.Any(p => p.Name.StartsWith("description.", StringComparison.Ordinal)))
        {
            var description = new JsonObject();
            Set(description, "purpose", contract.Description);
            Set(description, "usage", contract.Usage);
            Set(description, "limitations", contract.Limitations);
            root["description"] = description;
        }

        if (contract.Servers.Count > 0)
        {
            root["servers"] = new JsonArray(contract.Servers.Select(WriteServer).ToArray<JsonNode?>());
        }

        if (contract.Dataset is { } dataset)
        {
            root["schema"] = new JsonArray(WriteDataset(contract, dataset));
        }

        if (contract.Team is { } team)
        {
            root["team"] = WriteTeam(team);
        }

        var sla = WriteServiceLevels(contract.ServiceLevels);
        if (sla.Count > 0)
        {
            root["slaProperties"] = sla;
        }

        var custom = WriteCustomProperties(contract);
        if (custom.Count > 0)
        {
            root["customProperties"] = custom;
        }

        AddPreserved(root, contract.Preserved);
        return root;
    }

    private static JsonObject WriteServer(ContractServer server)
    {
        var obj = new JsonObject { ["server"] = server.Name, ["type"] = "kafka", ["host"] = server.Host };
        Set(obj, "environment", server.Environment);
        Set(obj, "format", server.Format);
        Set(obj, "description", server.Description);
        AddPreserved(obj, server.Preserved);
        return obj;
    }

    private static JsonObject WriteTeam(ContractTeam team)
    {
        var obj = new JsonObject();
        Set(obj, "name", team.Name);
        Set(obj, "description", team.Description);
        if (team.Members.Count > 0)
        {
            obj["members"] = new JsonArray(team.Members.Select(member =>
            {
                var m = new JsonObject { ["username"] = member.Username };
                Set(m, "name", member.Name);
                Set(m, "role", member.Role);
                Set(m, "description", member.Description);
                AddPreserved(m, member.Preserved);
                return (JsonNode?)m;
            }).ToArray());
        }

        AddPreserved(obj, team.Preserved);
        return obj;
    }

    private static JsonArray WriteServiceLevels(ContractServiceLevels levels)
    {
        var result = new JsonArray();
        if (levels.Freshness is { } freshness)
        {
            var (amount, unit) = Duration(freshness);
            var latency = new JsonObject { ["property"] = "latency", ["value"] = amount, ["unit"] = unit };
            Set(latency, "element", levels.FreshnessElement);
            result.Add(latency);
        }

        foreach (var sla in levels.Other)
        {
            var obj = new JsonObject();
            Set(obj, "id", sla.Id);
            obj["property"] = sla.Property;
            obj["value"] = JsonNode.Parse(sla.ValueJson);
            if (sla.ValueExtJson is not null)
            {
                obj["valueExt"] = JsonNode.Parse(sla.ValueExtJson);
            }

            Set(obj, "unit", sla.Unit);
            Set(obj, "element", sla.Element);
            Set(obj, "driver", sla.Driver);
            Set(obj, "description", sla.Description);
            Set(obj, "scheduler", sla.Scheduler);
            Set(obj, "schedule", sla.Schedule);
            result.Add(obj);
        }

        return result;
    }

    /// <summary>The duration in the largest of d, h, min, s, ms that holds it whole (else in ms with a fraction).</summary>
    private static (decimal Amount, string Unit) Duration(TimeSpan duration)
    {
        foreach (var (unit, size) in new[] { ("d", TimeSpan.TicksPerDay), ("h", TimeSpan.TicksPerHour), ("min", TimeSpan.TicksPerMinute), ("s", TimeSpan.TicksPerSecond) })
        {
            if (duration.Ticks % size == 0)
            {
                return (duration.Ticks / size, unit);
            }
        }

        return ((decimal)duration.Ticks / TimeSpan.TicksPerMillisecond, "ms");
    }

    private static JsonArray WriteCustomProperties(DataContract contract)
    {
        var result = new JsonArray();
        var reference = contract.SchemaReference;
        var levels = contract.ServiceLevels;
        foreach (var name in ContractPaths.ModeledCustomProperties(contract))
        {
            JsonNode? value = name switch
            {
                OdcsCustomProperties.SchemaRegistrySubject => reference!.Subject,
                OdcsCustomProperties.SchemaRegistryVersion => reference!.PinnedVersion,
                OdcsCustomProperties.SchemaRegistryVersionRange => reference!.VersionRange,
                OdcsCustomProperties.SchemaCompatibility => OdcsCustomProperties.ToOdcs(contract.Compatibility!.Value),
                OdcsCustomProperties.ConsumerGroupMaxLag => new JsonArray(levels.ConsumerGroupLag
                    .Select(o => (JsonNode?)new JsonObject { ["consumerGroup"] = o.ConsumerGroup, ["maxLag"] = o.MaxLag }).ToArray()),
                OdcsCustomProperties.DeadLetterTopicRequired => levels.DeadLetterTopicRequired,
                OdcsCustomProperties.DeadLetterTopic => levels.DeadLetterTopic,
                _ => throw new InvalidOperationException($"custom property {name} has no writer"),
            };
            result.Add(new JsonObject { ["property"] = name, ["value"] = value });
        }

        foreach (var property in contract.CustomProperties)
        {
            var obj = new JsonObject();
            Set(obj, "id", property.Id);
            obj["property"] = property.Property;
            obj["value"] = JsonNode.Parse(property.ValueJson);
            Set(obj, "description", property.Description);
            result.Add(obj);
        }

        return result;
    }

    private static void Set(JsonObject obj, string name, string? value)
    {
        if (value is not null)
        {
            obj[name] = value;
        }
    }

    private static void SetList(JsonObject obj, string name, ValueList<string> values)
    {
        if (values.Count > 0)
        {
            obj[name] = new JsonArray(values.Select(v => (JsonNode?)v).ToArray());
        }
    }

    /// <summary>Adds preserved members; <c>container.name</c> goes into the (possibly new) object <c>container</c>.</summary>
    private static void AddPreserved(JsonObject obj, ValueList<PreservedMember> preserved)
    {
        foreach (var member in preserved)
        {
            var dot = member.Name.IndexOf('.', StringComparison.Ordinal);
            var target = obj;
            var name = member.Name;
            if (dot > 0)
            {
                var container = member.Name[..dot];
                if (obj[container] is not JsonObject existing)
                {
                    existing = new JsonObject();
                    obj[container] = existing;
                }

                target = existing;
                name = member.Name[(dot + 1)..];
            }

            target[name] = JsonNode.Parse(member.Json);
        }
    }
}
