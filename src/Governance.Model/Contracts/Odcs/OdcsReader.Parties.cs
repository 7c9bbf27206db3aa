using System.Text.Json;
using System.Text.Json.Nodes;

namespace Governance.Model.Contracts.Odcs;

/// <summary>Servers, team and service levels.</summary>
internal sealed partial class OdcsReader
{
    private static readonly HashSet<string> FreshnessMembers = ["property", "value", "unit", "element"];

    private static readonly Dictionary<string, TimeSpan> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ms"] = TimeSpan.FromMilliseconds(1), ["millisecond"] = TimeSpan.FromMilliseconds(1), ["milliseconds"] = TimeSpan.FromMilliseconds(1),
        ["s"] = TimeSpan.FromSeconds(1), ["sec"] = TimeSpan.FromSeconds(1), ["second"] = TimeSpan.FromSeconds(1), ["seconds"] = TimeSpan.FromSeconds(1),
        ["min"] = TimeSpan.FromMinutes(1), ["minute"] = TimeSpan.FromMinutes(1), ["minutes"] = TimeSpan.FromMinutes(1),
        ["h"] = TimeSpan.FromHours(1), ["hr"] = TimeSpan.FromHours(1), ["hour"] = TimeSpan.FromHours(1), ["hours"] = TimeSpan.FromHours(1),
        ["d"] = TimeSpan.FromDays(1), ["day"] = TimeSpan.FromDays(1), ["days"] = TimeSpan.FromDays(1),
    };

    private ValueList<ContractServer> ReadServers(JsonArray? servers)
    {
        var result = new List<ContractServer>();
        for (var i = 0; i < (servers?.Count ?? 0); i++)
        {
            var obj = (JsonObject)servers![i]!;
            var type = Text(obj, "type");
            if (type != "kafka")
            {
                Unsupported($"servers[{i}].type", $"'{type}' servers are not supported: a contract governs a Kafka topic, so its servers are of type kafka");
                continue;
            }

            result.Add(new ContractServer
            {
                Name = Text(obj, "server") ?? string.Empty,
                Host = Text(obj, "host") ?? string.Empty,
                Environment = Text(obj, "environment"),
                Format = Text(obj, "format"),
                Description = Text(obj, "description"),
                Preserved = Preserve(obj, OdcsMembers.Server).ToValueList(),
            });
        }

        return result.ToValueList();
    }

    private ContractTeam? ReadTeam(JsonNode? team)
    {
        switch (team)
        {
            case JsonObject obj:
                return new ContractTeam
                {
                    Name = Text(obj, "name"),
                    Description = Text(obj, "description"),
                    Members = ReadMembers(obj["members"] as JsonArray, "team.members"),
                    Preserved = Preserve(obj, OdcsMembers.Team).ToValueList(),
                };
            case JsonArray legacy:
                // ODCS up to v3.0.2 wrote the team as a bare list of members.
                for (var i = 0; i < legacy.Count; i++)
                {
                    Paths.Add($"team.members[{i}]", $"team[{i}]");
                }

                return new ContractTeam { Members = ReadMembers(legacy, "team") };
            default:
                return null;
        }
    }

    private static ValueList<ContractStakeholder> ReadMembers(JsonArray? members, string path) =>
        members is null ? [] : members.OfType<JsonObject>().Select(member => new ContractStakeholder
        {
            Username = Text(member, "username") ?? string.Empty,
            Name = Text(member, "name"),
            Role = Text(member, "role"),
            Description = Text(member, "description"),
            Preserved = Preserve(member, OdcsMembers.Stakeholder).ToValueList(),
        }).ToValueList();

    private ContractServiceLevels ReadServiceLevels(JsonArray? sla)
    {
        var levels = new ContractServiceLevels();
        string? freshnessSource = null;
        var others = new List<(ContractSlaProperty Property, string Source)>();
        for (var i = 0; i < (sla?.Count ?? 0); i++)
        {
            var obj = (JsonObject)sla![i]!;
            var path = $"slaProperties[{i}]";
            var property = Text(obj, "property") ?? string.Empty;
            if (!string.Equals(property, "latency", StringComparison.OrdinalIgnoreCase))
            {
                others.Add((new ContractSlaProperty
                {
                    Property = property,
                    ValueJson = Json(obj["value"]),
                    ValueExtJson = obj.ContainsKey("valueExt") ? Json(obj["valueExt"]) : null,
                    Unit = Text(obj, "unit"),
                    Element = Text(obj, "element"),
                    Driver = Text(obj, "driver"),
                    Description = Text(obj, "description"),
                    Scheduler = Text(obj, "scheduler"),
                    Schedule = Text(obj, "schedule"),
                    Id = Text(obj, "id"),
                }, path));
                continue;
            }

            if (freshnessSource is not null)
            {
                Invalid(path, $"latency (freshness) is already given by {freshnessSource}");
                continue;
            }

            freshnessSource = path;
            var unit = Text(obj, "unit");
            if (obj["value"] is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
            {
                Unsupported(path + ".value", "latency (freshness) must be a number of time units");
            }
            else if (unit is null || !TimeUnits.TryGetValue(unit, out var perUnit))
            {
                Unsupported(path + ".unit", $"latency needs a time unit: ms, s, min, h or d{(unit is null ? string.Empty : $", not '{unit}'")}");
            }
            else if (decimal.Parse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture) is var amount
                && Math.Abs(amount) > TimeSpan.MaxValue.Ticks / perUnit.Ticks)
            {
                Unsupported(path + ".value", $"latency {amount} {unit} is longer than any duration the contract can hold");
            }
            else
            {
                levels = levels with { Freshness = TimeSpan.FromTicks((long)Math.Round(amount * perUnit.Ticks)), FreshnessElement = Text(obj, "element") };
                NoteDropped(obj, path, FreshnessMembers, "read as the freshness service level");
            }
        }

        var offset = freshnessSource is null ? 0 : 1;
        if (freshnessSource is not null)
        {
            Paths.Add("slaProperties[0]", freshnessSource);
        }

        for (var k = 0; k < others.Count; k++)
        {
            Paths.Add($"slaProperties[{k + offset}]", others[k].Source);
        }

        return levels with { Other = others.Select(o => o.Property).ToValueList() };
    }
}
