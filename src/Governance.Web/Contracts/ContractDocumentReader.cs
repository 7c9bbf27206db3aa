using System.Text.Json;
using Governance.Model.Contracts;
using Governance.Model.Contracts.Compatibility;

namespace Governance.Web.Contracts;

/// <summary>
/// Turns a <see cref="ContractDocumentDto"/> into a <see cref="DataContract"/>. Spelling mistakes (an unknown logical
/// type, a bound that is neither number nor string) are problems named by the JSON path (<c>fields[2].logicalType</c>);
/// what the contract then says is checked by <see cref="ContractValidator"/>. Members the JSON shape does not carry are
/// taken from <paramref name="basis"/> (the contract's latest revision), matched by name, so a JSON revision keeps them.
/// </summary>
public static class ContractDocumentReader
{
    /// <summary>The contract, or the problems that prevent reading it.</summary>
    public static (DataContract? Contract, IReadOnlyList<ContractProblem> Problems) Read(ContractDocumentDto dto, DataContract? basis = null)
    {
        ArgumentNullException.ThrowIfNull(dto);
        var problems = new List<ContractProblem>();
        void Add(string path, string message) => problems.Add(new ContractProblem(ContractProblemKind.Invalid, path, message));

        if (string.IsNullOrWhiteSpace(dto.Id))
        {
            Add("id", "the contract needs an id (its key, e.g. a UUID or 'shop.orders.v1')");
        }

        if (string.IsNullOrWhiteSpace(dto.Version))
        {
            Add("version", "the contract needs a semantic version, e.g. 1.0.0");
        }

        var status = dto.Status is null ? ContractStatus.Draft : Enum<ContractStatus>(dto.Status, "status", Add) ?? ContractStatus.Draft;
        CompatibilityPolicy? compatibility = null;
        if (!string.IsNullOrWhiteSpace(dto.Compatibility))
        {
            if (CompatibilityPolicies.TryParse(dto.Compatibility, out var policy))
            {
                compatibility = policy;
            }
            else
            {
                Add("compatibility", $"unknown compatibility policy '{dto.Compatibility}': use {string.Join(", ", CompatibilityPolicies.All.Select(p => p.Name))}");
            }
        }

        var fields = (dto.Fields ?? []).Select((f, i) => ReadField(f, i, basis, Add)).ToValueList();
        var rules = (dto.QualityRules ?? []).Select((r, i) => new ContractQualityRule
        {
            Name = r.Name ?? string.Empty,
            Description = Blank(r.Description),
            Expression = r.Expression ?? string.Empty,
            Severity = r.Severity is null ? QualitySeverity.Error : Enum<QualitySeverity>(r.Severity, $"qualityRules[{i}].severity", Add) ?? QualitySeverity.Error,
            Field = Blank(r.Field),
            Preserved = basis?.QualityRules.FirstOrDefault(b => b.Name == r.Name)?.Preserved ?? [],
        }).ToValueList();

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var contract = new DataContract
        {
            Id = dto.Id!.Trim(),
            Name = Blank(dto.Name),
            Version = dto.Version!.Trim(),
            Status = status,
            Domain = Blank(dto.Domain),
            Description = Blank(dto.Description),
            Usage = Blank(dto.Usage),
            Limitations = Blank(dto.Limitations),
            Tags = Tags(dto.Tags),
            Dataset = dto.Dataset is { } d ? new ContractDataset
            {
                Name = d.Name ?? string.Empty,
                PhysicalName = Blank(d.PhysicalName),
                PhysicalType = Blank(d.PhysicalType),
                Description = Blank(d.Description),
                Tags = Tags(d.Tags),
                Preserved = basis?.Dataset?.Preserved ?? [],
            } : null,
            Servers = (dto.Servers ?? []).Select(s => new ContractServer
            {
                Name = s.Name ?? string.Empty,
                Host = s.Host ?? string.Empty,
                Environment = Blank(s.Environment),
                Format = Blank(s.Format),
                Description = Blank(s.Description),
                Preserved = basis?.Servers.FirstOrDefault(b => b.Name == s.Name)?.Preserved ?? [],
            }).ToValueList(),
            Team = dto.Team is { } t ? new ContractTeam
            {
                Name = Blank(t.Name),
                Description = Blank(t.Description),
                Members = (t.Members ?? []).Select(m => new ContractStakeholder
                {
                    Username = m.Username ?? string.Empty,
                    Name = Blank(m.Name),
                    Role = Blank(m.Role),
                    Description = Blank(m.Description),
                    Preserved = basis?.Team?.Members.FirstOrDefault(b => b.Username == m.Username)?.Preserved ?? [],
                }).ToValueList(),
                Preserved = basis?.Team?.Preserved ?? [],
            } : null,
            SchemaReference = dto.SchemaReference is { } reference
                ? new ContractSchemaReference { Subject = reference.Subject ?? string.Empty, PinnedVersion = reference.PinnedVersion, VersionRange = Blank(reference.VersionRange) }
                : null,
            Compatibility = compatibility,
            Fields = fields,
            QualityRules = rules,
            ServiceLevels = ReadServiceLevels(dto.ServiceLevels, basis),
            CustomProperties = basis?.CustomProperties ?? [],
            Preserved = basis?.Preserved ?? [],
        };
        return (contract, []);
    }

    private static ContractField ReadField(ContractFieldDto f, int index, DataContract? basis, Action<string, string> add)
    {
        var path = $"fields[{index}]";
        return new ContractField
        {
            Name = f.Name ?? string.Empty,
            LogicalType = f.LogicalType is null ? null : Enum<FieldLogicalType>(f.LogicalType, path + ".logicalType", add),
            PhysicalType = Blank(f.PhysicalType),
            Description = Blank(f.Description),
            Required = f.Required,
            AllowedValues = f.AllowedValues?.Select((v, i) => Value(v, $"{path}.allowedValues[{i}]", add, allowAny: true)).ToValueList(),
            Pattern = f.Pattern,
            MinLength = f.MinLength,
            MaxLength = f.MaxLength,
            Minimum = f.Minimum is { ValueKind: not JsonValueKind.Null } min ? new ContractBound(Value(min, path + ".minimum", add, allowAny: false), f.ExclusiveMinimum) : null,
            Maximum = f.Maximum is { ValueKind: not JsonValueKind.Null } max ? new ContractBound(Value(max, path + ".maximum", add, allowAny: false), f.ExclusiveMaximum) : null,
            Format = Blank(f.Format),
            Classification = f.Classification is null ? null : Enum<FieldClassification>(f.Classification, path + ".classification", add),
            Tags = Tags(f.Tags),
            Preserved = basis?.Fields.FirstOrDefault(b => b.Name == f.Name)?.Preserved ?? [],
        };
    }

    private static ContractServiceLevels ReadServiceLevels(ContractServiceLevelsDto? levels, DataContract? basis) => new()
    {
        Freshness = levels?.Freshness,
        FreshnessElement = Blank(levels?.FreshnessElement),
        ConsumerGroupLag = (levels?.ConsumerGroupLag ?? []).Select(l => new ConsumerLagObjective(l.ConsumerGroup ?? string.Empty, l.MaxLag)).ToValueList(),
        DeadLetterTopicRequired = levels?.DeadLetterTopicRequired ?? false,
        DeadLetterTopic = levels?.DeadLetterTopic,
        Other = basis?.ServiceLevels.Other ?? [],
    };

    private static ContractValue Value(JsonElement element, string path, Action<string, string> add, bool allowAny)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return ContractValue.Of(element.GetString()!);
            case JsonValueKind.Number when element.TryGetDecimal(out var number):
                return ContractValue.Of(number);
            case JsonValueKind.True or JsonValueKind.False when allowAny:
                return ContractValue.Of(element.GetBoolean());
            case JsonValueKind.Null when allowAny:
                return ContractValue.Null;
            default:
                add(path, allowAny ? "an allowed value is a string, number, boolean or null" : "a bound is a number, or a string for dates and times");
                return ContractValue.Null;
        }
    }

    private static T? Enum<T>(string text, string path, Action<string, string> add) where T : struct, System.Enum
    {
        var value = ContractSpelling.Parse<T>(text);
        if (value is null)
        {
            add(path, $"'{text}' is not one of {string.Join(", ", ContractSpelling.All<T>())}");
        }

        return value;
    }

    private static ValueList<string> Tags(IReadOnlyList<string>? tags) =>
        (tags ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToValueList();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
