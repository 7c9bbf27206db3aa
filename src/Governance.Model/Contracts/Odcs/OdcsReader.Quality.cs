using System.Text.Json;
using System.Text.Json.Nodes;

namespace Governance.Model.Contracts.Odcs;

/// <summary>Quality entries: CEL rules, and the library rules that are field rules in disguise.</summary>
internal sealed partial class OdcsReader
{
    /// <summary>The CEL engine name in <c>engine</c> (compared case-insensitively).</summary>
    public const string CelEngine = "cel";

    private static readonly HashSet<string> NullValuesMembers = ["type", "metric", "mustBe", "unit"];
    private static readonly HashSet<string> InvalidValuesMembers = ["type", "metric", "mustBe", "unit", "arguments"];

    private ContractField ReadFieldQuality(ContractField field, JsonArray quality, string fieldPath, List<ContractQualityRule> rules)
    {
        var celSources = new List<string>();
        string? allowedSource = null;
        for (var q = 0; q < quality.Count; q++)
        {
            var entry = (JsonObject)quality[q]!;
            var path = $"{fieldPath}.quality[{q}]";
            var metric = Text(entry, "metric");
            if (metric == "nullValues" && IsZeroRowCount(entry))
            {
                if (quality.Parent is JsonObject property && Flag(property, "required") is false)
                {
                    Invalid(path, "a rule that no value may be null contradicts required: false on the same field");
                }

                NoteDropped(entry, path, NullValuesMembers, "read as required: true");
                Paths.Add(fieldPath + ".required", path);
                field = field with { Required = true };
            }
            else if (metric == "invalidValues" && IsZeroRowCount(entry) && (entry["arguments"] as JsonObject)?["validValues"] is JsonArray valid)
            {
                if (allowedSource is not null)
                {
                    Invalid(path, $"the allowed values are already given by {allowedSource}");
                    continue;
                }

                allowedSource = path;
                NoteDropped(entry, path, InvalidValuesMembers, "read as the field's allowed values");
                var arguments = (JsonObject)entry["arguments"]!;
                if (arguments.Count > 1)
                {
                    Unsupported(path + ".arguments", "only validValues is supported as an argument of invalidValues");
                }

                var values = new List<ContractValue>();
                for (var v = 0; v < valid.Count; v++)
                {
                    if (Value(valid[v], $"{path}.arguments.validValues[{v}]") is { } value)
                    {
                        values.Add(value);
                    }
                }

                field = field with { AllowedValues = values.ToValueList() };
            }
            else if (ReadCelRule(entry, path, field.Name) is { } rule)
            {
                celSources.Add(path);
                rules.Add(rule);
            }
        }

        var offset = field.AllowedValues is null ? 0 : 1;
        if (allowedSource is not null)
        {
            Paths.Add(fieldPath + ".quality[0]", allowedSource);
        }

        for (var i = 0; i < celSources.Count; i++)
        {
            Paths.Add($"{fieldPath}.quality[{i + offset}]", celSources[i]);
        }

        return field;
    }

    /// <summary>A CEL rule, or <see langword="null"/> after reporting why the entry is not one.</summary>
    private ContractQualityRule? ReadCelRule(JsonObject entry, string path, string? field)
    {
        var type = Text(entry, "type") ?? "library"; // the schema's default
        if (type != "custom")
        {
            var metric = Text(entry, "metric");
            Unsupported(type == "library" ? path : path + ".type", type switch
            {
                "library" when metric is "nullValues" or "invalidValues" && field is not null =>
                    $"'{metric}' is supported only with mustBe: 0 (no row, no percentage){(metric == "invalidValues" ? " and arguments.validValues" : string.Empty)}: it is then a field rule",
                "library" => $"library metric '{metric ?? "(none)"}' is not supported{(field is null ? " on the whole record" : string.Empty)}: field rules are required, type, allowed values, pattern and range, and other checks are CEL rules (type custom, engine cel)",
                "sql" => "SQL quality rules are not supported: a contract's rules are CEL expressions over one record (type custom, engine cel)",
                "text" => "text quality rules are not supported: a contract's rules are executable CEL expressions (type custom, engine cel)",
                _ => $"'{type}' quality rules are not supported: write the check as a CEL rule (type custom, engine cel)",
            });
            return null;
        }

        var engine = Text(entry, "engine") ?? string.Empty;
        if (!string.Equals(engine, CelEngine, StringComparison.OrdinalIgnoreCase))
        {
            Unsupported(path + ".engine", $"quality rules of engine '{engine}' are not supported: only CEL expressions (engine cel) are evaluated");
            return null;
        }

        if (entry["implementation"] is not JsonValue implementation || implementation.GetValueKind() != JsonValueKind.String)
        {
            Unsupported(path + ".implementation", "a CEL rule's implementation is the expression text");
            return null;
        }

        var severity = QualitySeverity.Error;
        if (Text(entry, "severity") is { } severityText)
        {
            if (OdcsNames.ParseSeverity(severityText) is { } parsed)
            {
                severity = parsed;
            }
            else
            {
                Unsupported(path + ".severity", $"severity '{severityText}' is not one of info, warning, error");
            }
        }
        else
        {
            Note(path, "no severity: read as error");
        }

        return new ContractQualityRule
        {
            Name = Text(entry, "name") ?? string.Empty,
            Description = Text(entry, "description"),
            Severity = severity,
            Expression = implementation.GetValue<string>(),
            Field = field,
            Preserved = Preserve(entry, OdcsMembers.QualityRule).ToValueList(),
        };
    }

    /// <summary>The entry requires the metric to be exactly 0 rows (<c>mustBe: 0</c>, unit absent or <c>rows</c>).</summary>
    private static bool IsZeroRowCount(JsonObject entry) =>
        entry["mustBe"] is JsonValue mustBe && mustBe.GetValueKind() == JsonValueKind.Number && decimal.TryParse(mustBe.ToJsonString(),
            System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var zero) && zero == 0
        && Text(entry, "unit") is null or "rows";

}
