using System.Text.RegularExpressions;
using Governance.Model.Contracts.Odcs;

namespace Governance.Model.Contracts;

/// <summary>Fields, their rules and quality rules.</summary>
public static partial class ContractValidator
{
    private static readonly HashSet<string> IntegerFormats = ["i8", "i16", "i32", "i64", "i128", "u8", "u16", "u32", "u64", "u128"];
    private static readonly HashSet<string> NumberFormats = ["f32", "f64"];

    private static void CheckFields(DataContract contract, Action<string, string> add)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < contract.Fields.Count; i++)
        {
            var field = contract.Fields[i];
            var path = ContractPaths.Field(i);
            if (string.IsNullOrWhiteSpace(field.Name))
            {
                add(path + ".name", "a field needs a name");
            }
            else if (!seen.TryAdd(field.Name, i))
            {
                add(path + ".name", $"duplicate field name '{field.Name}' (also {ContractPaths.Field(seen[field.Name])})");
            }

            if (field.LogicalType is { } type && !Enum.IsDefined(type))
            {
                add(path + ".logicalType", $"unknown logical type {(int)type}");
            }

            if (field.Classification is { } classification && !Enum.IsDefined(classification))
            {
                add(path + ".classification", $"unknown classification {(int)classification}: use public, confidential, pii or pci");
            }

            CheckOptions(field, i, add);
            Regex? pattern = null;
            if (field.Pattern is not null)
            {
                pattern = CompilePattern(field.Pattern, ContractPaths.FieldOption(i, "pattern"), add);
            }

            if (field.AllowedValues is not null)
            {
                CheckAllowedValues(field, i, pattern, add);
            }

            CheckPreserved(field.Preserved, OdcsMembers.Field, path, add);
        }
    }

    private static void CheckOptions(ContractField field, int index, Action<string, string> add)
    {
        string Option(string name) => ContractPaths.FieldOption(index, name);
        var hasOptions = field.Pattern is not null || field.MinLength is not null || field.MaxLength is not null
            || field.Minimum is not null || field.Maximum is not null || field.Format is not null;
        if (field.LogicalType is not { } type)
        {
            if (hasOptions)
            {
                add(ContractPaths.Field(index) + ".logicalType", "logical type options (pattern, length, range, format) need a logical type");
            }

            return;
        }

        var isString = type == FieldLogicalType.String;
        if (!isString)
        {
            foreach (var (set, name) in new[] { (field.Pattern is not null, "pattern"), (field.MinLength is not null, "minLength"), (field.MaxLength is not null, "maxLength") })
            {
                if (set)
                {
                    add(Option(name), $"{name} applies only to string fields, not {Odcs.OdcsNames.LogicalType(type)}");
                }
            }
        }

        if (field.MinLength is < 0)
        {
            add(Option("minLength"), $"minLength must not be negative (was {field.MinLength})");
        }

        if (field.MaxLength is < 0)
        {
            add(Option("maxLength"), $"maxLength must not be negative (was {field.MaxLength})");
        }

        if (field.MinLength is { } minLength && field.MaxLength is { } maxLength && minLength > maxLength)
        {
            add(Option("minLength"), $"minLength {minLength} is greater than maxLength {maxLength}");
        }

        CheckRange(field, type, index, add);
        if (field.Format is { } format)
        {
            var allowed = type switch
            {
                FieldLogicalType.Integer => IntegerFormats.Contains(format) ? null : "an integer format is one of " + string.Join(", ", IntegerFormats),
                FieldLogicalType.Number => NumberFormats.Contains(format) ? null : "a number format is f32 or f64",
                FieldLogicalType.Object or FieldLogicalType.Array => $"{Odcs.OdcsNames.LogicalType(type)} fields have no format",
                _ => string.IsNullOrWhiteSpace(format) ? "the format must not be blank" : null,
            };
            if (allowed is not null)
            {
                add(Option("format"), $"'{format}': {allowed}");
            }
        }
    }

    private static void CheckRange(ContractField field, FieldLogicalType type, int index, Action<string, string> add)
    {
        if (field.Minimum is null && field.Maximum is null)
        {
            return;
        }

        string BoundPath(ContractBound bound, bool lower) =>
            ContractPaths.FieldOption(index, (bound.Exclusive ? "exclusive" : string.Empty) + (lower ? (bound.Exclusive ? "Minimum" : "minimum") : (bound.Exclusive ? "Maximum" : "maximum")));

        var expected = BoundKind(type);
        foreach (var (bound, lower) in new[] { (field.Minimum, true), (field.Maximum, false) })
        {
            if (bound is null)
            {
                continue;
            }

            if (expected is null)
            {
                add(BoundPath(bound, lower), $"a value range applies to integer, number, date, time and timestamp fields, not {Odcs.OdcsNames.LogicalType(type)}");
            }
            else if (bound.Value.Kind != expected)
            {
                add(BoundPath(bound, lower), $"a bound of a {Odcs.OdcsNames.LogicalType(type)} field must be a {(expected == ContractValueKind.Number ? "number" : "string")}, not {bound.Value}");
            }
        }

        if (field.Minimum is { } min && field.Maximum is { } max && Compare(min.Value, max.Value, type) is { } order
            && (order > 0 || (order == 0 && (min.Exclusive || max.Exclusive))))
        {
            add(BoundPath(min, true), order > 0
                ? $"minimum {min.Value} is greater than maximum {max.Value}"
                : $"the range from {min.Value} to {max.Value} excludes its only value");
        }
    }

    private static void CheckAllowedValues(ContractField field, int index, Regex? pattern, Action<string, string> add)
    {
        var path = ContractPaths.AllowedValues(index);
        var values = field.AllowedValues!;
        if (values.Count == 0)
        {
            add(path, "the list of allowed values is empty, so no value could ever be valid");
            return;
        }

        var seen = new HashSet<ContractValue>();
        for (var v = 0; v < values.Count; v++)
        {
            var value = values[v];
            var itemPath = $"{path}[{v}]";
            if (!seen.Add(value))
            {
                add(itemPath, $"allowed value {value} is listed twice");
            }

            if (value.Kind == ContractValueKind.Null)
            {
                if (field.Required)
                {
                    add(itemPath, "null is listed as allowed but the field is required");
                }

                continue;
            }

            var why = WhyNotAllowed(field, value, pattern);
            if (why is not null)
            {
                add(itemPath, $"allowed value {value} contradicts the field's rules: {why}");
            }
        }
    }

    private static string? WhyNotAllowed(ContractField field, ContractValue value, Regex? pattern)
    {
        if (field.LogicalType is not { } type)
        {
            return null;
        }

        var expected = type switch
        {
            FieldLogicalType.Boolean => ContractValueKind.Boolean,
            FieldLogicalType.Integer or FieldLogicalType.Number => ContractValueKind.Number,
            FieldLogicalType.Object or FieldLogicalType.Array => (ContractValueKind?)null,
            _ => ContractValueKind.String,
        };
        if (expected is null)
        {
            return $"{Odcs.OdcsNames.LogicalType(type)} fields take no list of allowed values";
        }

        if (value.Kind != expected)
        {
            return $"it is not a {Odcs.OdcsNames.LogicalType(type)}";
        }

        if (type == FieldLogicalType.Integer && value.Number != decimal.Truncate(value.Number))
        {
            return "it is not a whole number";
        }

        if (field.Minimum is { } min && Compare(value, min.Value, type) is { } low && (low < 0 || (low == 0 && min.Exclusive)))
        {
            return $"it is below the minimum {min.Value}";
        }

        if (field.Maximum is { } max && Compare(value, max.Value, type) is { } high && (high > 0 || (high == 0 && max.Exclusive)))
        {
            return $"it is above the maximum {max.Value}";
        }

        if (value.Kind == ContractValueKind.String)
        {
            var length = value.Text!.Length;
            if (length < (field.MinLength ?? 0) || length > (field.MaxLength ?? int.MaxValue))
            {
                return $"its length {length} is outside minLength/maxLength";
            }

            if (pattern is not null && !SafeIsMatch(pattern, value.Text))
            {
                return $"it does not match the pattern {field.Pattern}";
            }
        }

        return null;
    }

    private static void CheckQualityRules(DataContract contract, Action<string, string> add)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < contract.QualityRules.Count; r++)
        {
            var rule = contract.QualityRules[r];
            var path = ContractPaths.QualityRule(contract, r);
            if (string.IsNullOrWhiteSpace(rule.Name))
            {
                add(path + ".name", "a quality rule needs a name");
            }
            else if (!names.TryAdd(rule.Name, r))
            {
                add(path + ".name", $"duplicate quality rule name '{rule.Name}' (also {ContractPaths.QualityRule(contract, names[rule.Name])})");
            }

            if (string.IsNullOrWhiteSpace(rule.Expression))
            {
                add(path + ".implementation", "a quality rule needs a CEL expression");
            }
            else if (CelSyntaxError(rule.Expression) is { } error)
            {
                add(path + ".implementation", error);
            }

            if (!Enum.IsDefined(rule.Severity))
            {
                add(path + ".severity", $"unknown severity {(int)rule.Severity}: use info, warning or error");
            }

            if (rule.Field is not null && ContractPaths.FieldIndexOf(contract, rule) < 0)
            {
                add(path, $"the rule is declared on field '{rule.Field}', which is not in the schema");
            }

            CheckPreserved(rule.Preserved, OdcsMembers.QualityRule, path, add);
        }
    }
}
