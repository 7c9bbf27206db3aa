using System.Text.Json.Nodes;

namespace Governance.Model.Contracts.Odcs;

/// <summary>The schema object, its properties and quality entries.</summary>
internal static partial class OdcsWriter
{
    private static JsonObject WriteDataset(DataContract contract, ContractDataset dataset)
    {
        var obj = new JsonObject { ["name"] = dataset.Name };
        Set(obj, "physicalName", dataset.PhysicalName);
        Set(obj, "physicalType", dataset.PhysicalType);
        Set(obj, "description", dataset.Description);
        SetList(obj, "tags", dataset.Tags);
        if (contract.Fields.Count > 0)
        {
            obj["properties"] = new JsonArray(contract.Fields.Select(field => (JsonNode?)WriteField(contract, field)).ToArray());
        }

        var recordRules = contract.QualityRules.Where(rule => ContractPaths.FieldIndexOf(contract, rule) < 0).ToList();
        if (recordRules.Count > 0)
        {
            obj["quality"] = new JsonArray(recordRules.Select(rule => (JsonNode?)WriteRule(rule)).ToArray());
        }

        AddPreserved(obj, dataset.Preserved);
        return obj;
    }

    private static JsonObject WriteField(DataContract contract, ContractField field)
    {
        var obj = new JsonObject { ["name"] = field.Name };
        if (field.LogicalType is { } type)
        {
            obj["logicalType"] = OdcsNames.LogicalType(type);
        }

        Set(obj, "physicalType", field.PhysicalType);
        Set(obj, "description", field.Description);
        if (field.Required)
        {
            obj["required"] = true;
        }

        if (field.Classification is { } classification)
        {
            obj["classification"] = OdcsNames.Classification(classification);
        }

        SetList(obj, "tags", field.Tags);
        var options = new JsonObject();
        Set(options, "pattern", field.Pattern);
        if (field.MinLength is { } minLength)
        {
            options["minLength"] = minLength;
        }

        if (field.MaxLength is { } maxLength)
        {
            options["maxLength"] = maxLength;
        }

        Set(options, "format", field.Format);
        if (field.Minimum is { } minimum)
        {
            options[minimum.Exclusive ? "exclusiveMinimum" : "minimum"] = Value(minimum.Value);
        }

        if (field.Maximum is { } maximum)
        {
            options[maximum.Exclusive ? "exclusiveMaximum" : "maximum"] = Value(maximum.Value);
        }

        if (options.Count > 0 || field.Preserved.Any(p => p.Name.StartsWith("logicalTypeOptions.", StringComparison.Ordinal)))
        {
            obj["logicalTypeOptions"] = options;
        }

        var quality = new JsonArray();
        if (field.AllowedValues is { } allowed)
        {
            quality.Add(new JsonObject
            {
                ["type"] = "library",
                ["metric"] = "invalidValues",
                ["arguments"] = new JsonObject { ["validValues"] = new JsonArray(allowed.Select(Value).ToArray()) },
                ["mustBe"] = 0,
            });
        }

        foreach (var rule in contract.QualityRules.Where(rule => rule.Field == field.Name))
        {
            quality.Add(WriteRule(rule));
        }

        if (quality.Count > 0)
        {
            obj["quality"] = quality;
        }

        AddPreserved(obj, field.Preserved);
        return obj;
    }

    private static JsonObject WriteRule(ContractQualityRule rule)
    {
        var obj = new JsonObject { ["name"] = rule.Name };
        Set(obj, "description", rule.Description);
        obj["type"] = "custom";
        obj["engine"] = OdcsReader.CelEngine;
        obj["implementation"] = rule.Expression;
        obj["severity"] = OdcsNames.Severity(rule.Severity);
        AddPreserved(obj, rule.Preserved);
        return obj;
    }

    private static JsonNode? Value(ContractValue value) => value.Kind switch
    {
        ContractValueKind.String => JsonValue.Create(value.Text),
        ContractValueKind.Number => JsonValue.Create(value.Number),
        ContractValueKind.Boolean => JsonValue.Create(value.Boolean),
        _ => null,
    };
}
