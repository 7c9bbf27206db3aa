using System.Text.Json.Nodes;

namespace Governance.Model.Contracts.Odcs;

/// <summary>The schema object and its properties.</summary>
internal sealed partial class OdcsReader
{
    private (ValueList<ContractField> Fields, ValueList<ContractQualityRule> Rules, ContractDataset? Dataset) ReadSchema(JsonArray? schema)
    {
        if (schema is null || schema.Count == 0)
        {
            return ([], [], null);
        }

        if (schema.Count > 1)
        {
            var names = string.Join(", ", schema.Select(o => "'" + (o?["name"]?.ToString() ?? "?") + "'"));
            Unsupported("schema[1]", $"a contract governs one Kafka topic, so it has exactly one schema object; this document has {schema.Count} ({names})");
        }

        var obj = (JsonObject)schema[0]!;
        const string path = "schema[0]";
        var fields = new List<ContractField>();
        var rules = new List<ContractQualityRule>();
        if (obj["properties"] is JsonArray properties)
        {
            for (var i = 0; i < properties.Count; i++)
            {
                fields.Add(ReadField((JsonObject)properties[i]!, i, rules));
            }
        }

        if (obj["quality"] is JsonArray quality)
        {
            var position = 0;
            for (var q = 0; q < quality.Count; q++)
            {
                var rulePath = $"{path}.quality[{q}]";
                if (ReadCelRule((JsonObject)quality[q]!, rulePath, field: null) is { } rule)
                {
                    Paths.Add($"{path}.quality[{position++}]", rulePath);
                    rules.Add(rule);
                }
            }
        }

        var dataset = new ContractDataset
        {
            Name = Text(obj, "name") ?? string.Empty,
            PhysicalName = Text(obj, "physicalName"),
            PhysicalType = Text(obj, "physicalType"),
            Description = Text(obj, "description"),
            Tags = Strings(obj["tags"]),
            Preserved = Preserve(obj, OdcsMembers.Dataset).ToValueList(),
        };
        return (fields.ToValueList(), rules.ToValueList(), dataset);
    }

    private ContractField ReadField(JsonObject obj, int index, List<ContractQualityRule> rules)
    {
        var path = $"schema[0].properties[{index}]";
        var name = Text(obj, "name") ?? string.Empty;
        foreach (var nested in new[] { "properties", "items" }.Where(obj.ContainsKey))
        {
            Unsupported($"{path}.{nested}", $"nested elements are not supported: only the record's top-level fields are modeled (field '{name}' declares {nested})");
        }

        FieldClassification? classification = null;
        if (Text(obj, "classification") is { } classificationText)
        {
            classification = OdcsNames.ParseClassification(classificationText);
            if (classification is null)
            {
                Unsupported($"{path}.classification", $"classification '{classificationText}' is not one of public, confidential, pii, pci");
            }
        }

        var field = new ContractField
        {
            Name = name,
            LogicalType = Text(obj, "logicalType") is { } type ? OdcsNames.ParseLogicalType(type) : null,
            PhysicalType = Text(obj, "physicalType"),
            Description = Text(obj, "description"),
            Required = Flag(obj, "required") ?? false,
            Classification = classification,
            Tags = Strings(obj["tags"]),
        };
        var preserved = Preserve(obj, OdcsMembers.Field).ToList();
        if (obj["logicalTypeOptions"] is JsonObject options)
        {
            field = ReadOptions(field, options, path + ".logicalTypeOptions");
            preserved.AddRange(Preserve(options, OdcsMembers.Field, "logicalTypeOptions."));
        }

        field = field with { Preserved = preserved.ToValueList() };
        return obj["quality"] is JsonArray quality ? ReadFieldQuality(field, quality, path, rules) : field;
    }

    private ContractField ReadOptions(ContractField field, JsonObject options, string path)
    {
        ContractBound? Bound(string inclusive, string exclusive)
        {
            if (options.ContainsKey(inclusive) && options.ContainsKey(exclusive))
            {
                Invalid($"{path}.{exclusive}", $"both {inclusive} and {exclusive} are given: keep one");
                return null;
            }

            var name = options.ContainsKey(inclusive) ? inclusive : options.ContainsKey(exclusive) ? exclusive : null;
            return name is not null && Value(options[name], $"{path}.{name}") is { } value ? new ContractBound(value, name == exclusive) : null;
        }

        return field with
        {
            Pattern = Text(options, "pattern"),
            MinLength = Integer(options["minLength"], $"{path}.minLength"),
            MaxLength = Integer(options["maxLength"], $"{path}.maxLength"),
            Format = Text(options, "format"),
            Minimum = Bound("minimum", "exclusiveMinimum"),
            Maximum = Bound("maximum", "exclusiveMaximum"),
        };
    }
}
