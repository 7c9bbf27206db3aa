using System.Text.Json;
using Governance.Model.Contracts;
using Governance.Model.Contracts.Compatibility;

namespace Governance.Web.Contracts;

/// <summary>A <see cref="DataContract"/> as its JSON shape (<see cref="ContractDocumentDto"/>); <see cref="ContractDocumentReader"/> reads it back.</summary>
public static class ContractDocumentWriter
{
    public static ContractDocumentDto Write(DataContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return new ContractDocumentDto
        {
            Id = contract.Id,
            Name = contract.Name,
            Version = contract.Version,
            Status = ContractSpelling.Of(contract.Status),
            Domain = contract.Domain,
            Description = contract.Description,
            Usage = contract.Usage,
            Limitations = contract.Limitations,
            Tags = contract.Tags.ToList(),
            Dataset = contract.Dataset is { } d ? new ContractDatasetDto(d.Name, d.PhysicalName, d.PhysicalType, d.Description, d.Tags.ToList()) : null,
            Servers = contract.Servers.Select(s => new ContractServerDto(s.Name, s.Host, s.Environment, s.Format, s.Description)).ToList(),
            Team = contract.Team is { } t
                ? new ContractTeamDto(t.Name, t.Description, t.Members.Select(m => new ContractStakeholderDto(m.Username, m.Name, m.Role, m.Description)).ToList())
                : null,
            SchemaReference = contract.SchemaReference is { } r ? new ContractSchemaReferenceDto(r.Subject, r.PinnedVersion, r.VersionRange) : null,
            Compatibility = contract.Compatibility?.ToConfluentName(),
            Fields = contract.Fields.Select(f => new ContractFieldDto
            {
                Name = f.Name,
                LogicalType = f.LogicalType is { } type ? ContractSpelling.Of(type) : null,
                PhysicalType = f.PhysicalType,
                Description = f.Description,
                Required = f.Required,
                AllowedValues = f.AllowedValues?.Select(Json).ToList(),
                Pattern = f.Pattern,
                MinLength = f.MinLength,
                MaxLength = f.MaxLength,
                Minimum = f.Minimum is { } min ? Json(min.Value) : null,
                ExclusiveMinimum = f.Minimum?.Exclusive ?? false,
                Maximum = f.Maximum is { } max ? Json(max.Value) : null,
                ExclusiveMaximum = f.Maximum?.Exclusive ?? false,
                Format = f.Format,
                Classification = f.Classification is { } c ? ContractSpelling.Of(c) : null,
                Tags = f.Tags.ToList(),
            }).ToList(),
            QualityRules = contract.QualityRules
                .Select(q => new ContractQualityRuleDto(q.Name, q.Expression, ContractSpelling.Of(q.Severity), q.Description, q.Field)).ToList(),
            ServiceLevels = new ContractServiceLevelsDto
            {
                Freshness = contract.ServiceLevels.Freshness,
                FreshnessElement = contract.ServiceLevels.FreshnessElement,
                ConsumerGroupLag = contract.ServiceLevels.ConsumerGroupLag.Select(l => new ConsumerLagObjectiveDto(l.ConsumerGroup, l.MaxLag)).ToList(),
                DeadLetterTopicRequired = contract.ServiceLevels.DeadLetterTopicRequired,
                DeadLetterTopic = contract.ServiceLevels.DeadLetterTopic,
            },
        };
    }

    /// <summary>A contract value as a JSON value.</summary>
    public static JsonElement Json(ContractValue value) => value.Kind switch
    {
        ContractValueKind.String => JsonSerializer.SerializeToElement(value.Text),
        ContractValueKind.Number => JsonSerializer.SerializeToElement(value.Number),
        ContractValueKind.Boolean => JsonSerializer.SerializeToElement(value.Boolean),
        _ => JsonSerializer.SerializeToElement<object?>(null),
    };
}
