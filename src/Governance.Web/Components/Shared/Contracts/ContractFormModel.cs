using System.Globalization;
using Governance.Model.Contracts;
using Governance.Model.Contracts.Compatibility;
using Governance.Web.Contracts;

namespace Governance.Web.Components.Shared.Contracts;

/// <summary>
/// What the contract form edits: the contract's modeled members as plain, bindable values. It becomes a
/// <see cref="ContractDocumentDto"/> (read by <see cref="ContractDocumentReader"/> on top of <see cref="Basis"/>, so
/// members the form does not show are kept), and is filled from an existing contract to edit it.
/// </summary>
public sealed class ContractFormModel
{
    public string Id { get; set; } = string.Empty;
    public string? Name { get; set; }
    public string Version { get; set; } = "1.0.0";
    public ContractStatus Status { get; set; } = ContractStatus.Draft;
    public string? Domain { get; set; }
    public string? Description { get; set; }
    public string? Usage { get; set; }
    public string? Tags { get; set; }

    /// <summary>The governed Kafka topic.</summary>
    public string? Topic { get; set; }

    /// <summary>The cluster's bootstrap servers (the first ODCS server's host), e.g. <c>broker:9092</c>.</summary>
    public string? Cluster { get; set; }
    public string? Owner { get; set; }
    public string? Subject { get; set; }
    public int? PinnedVersion { get; set; }
    public string? VersionRange { get; set; }
    public CompatibilityPolicy? Compatibility { get; set; }
    public List<ContractFieldForm> Fields { get; set; } = [];
    public List<ContractRuleForm> Rules { get; set; } = [];
    public decimal? FreshnessAmount { get; set; }
    public FreshnessUnit FreshnessUnit { get; set; } = FreshnessUnit.Minutes;
    public string? FreshnessElement { get; set; }
    public List<ContractLagForm> Lag { get; set; } = [];
    public bool DeadLetterTopicRequired { get; set; }
    public string? DeadLetterTopic { get; set; }

    /// <summary>The contract being edited (its latest revision); null for a new contract.</summary>
    public DataContract? Basis { get; private init; }

    /// <summary>A form showing <paramref name="contract"/>, to revise it.</summary>
    public static ContractFormModel From(DataContract contract)
    {
        var levels = contract.ServiceLevels;
        var (amount, unit) = Freshness(levels.Freshness);
        return new ContractFormModel
        {
            Basis = contract,
            Id = contract.Id,
            Name = contract.Name,
            Version = contract.Version,
            Status = contract.Status,
            Domain = contract.Domain,
            Description = contract.Description,
            Usage = contract.Usage,
            Tags = string.Join(", ", contract.Tags),
            Topic = contract.Dataset?.TopicName,
            Cluster = contract.Servers.FirstOrDefault()?.Host,
            Owner = contract.Owner,
            Subject = contract.SchemaReference?.Subject,
            PinnedVersion = contract.SchemaReference?.PinnedVersion,
            VersionRange = contract.SchemaReference?.VersionRange,
            Compatibility = contract.Compatibility,
            Fields = contract.Fields.Select(ContractFieldForm.From).ToList(),
            Rules = contract.QualityRules.Select(r => new ContractRuleForm
            {
                Name = r.Name, Field = r.Field, Severity = r.Severity, Expression = r.Expression, Description = r.Description,
            }).ToList(),
            FreshnessAmount = amount,
            FreshnessUnit = unit,
            FreshnessElement = levels.FreshnessElement,
            Lag = levels.ConsumerGroupLag.Select(l => new ContractLagForm { ConsumerGroup = l.ConsumerGroup, MaxLag = l.MaxLag }).ToList(),
            DeadLetterTopicRequired = levels.DeadLetterTopicRequired,
            DeadLetterTopic = levels.DeadLetterTopic,
        };
    }

    /// <summary>The form as the contracts API's JSON shape; the caller reads it with <see cref="ContractDocumentReader"/> on <see cref="Basis"/>.</summary>
    public ContractDocumentDto ToDocument()
    {
        var basis = Basis;
        var servers = basis?.Servers.Select(s => new ContractServerDto(s.Name, s.Host, s.Environment, s.Format, s.Description)).ToList() ?? [];
        if (string.IsNullOrWhiteSpace(Cluster))
        {
            servers = servers.Skip(1).ToList();
        }
        else if (servers.Count == 0)
        {
            servers.Add(new ContractServerDto("production", Cluster.Trim()));
        }
        else
        {
            servers[0] = servers[0] with { Host = Cluster.Trim() };
        }

        var dataset = basis?.Dataset;
        return new ContractDocumentDto
        {
            Id = Id,
            Name = Name,
            Version = Version,
            Status = ContractSpelling.Of(Status),
            Domain = Domain,
            Description = Description,
            Usage = Usage,
            Limitations = basis?.Limitations,
            Tags = Split(Tags),
            Dataset = string.IsNullOrWhiteSpace(Topic) ? null
                : dataset?.PhysicalName is not null
                    ? new ContractDatasetDto(dataset.Name, Topic.Trim(), dataset.PhysicalType, dataset.Description, dataset.Tags.ToList())
                    : new ContractDatasetDto(Topic.Trim(), null, dataset?.PhysicalType ?? "topic", dataset?.Description, dataset?.Tags.ToList()),
            Servers = servers,
            Team = string.IsNullOrWhiteSpace(Owner) && basis?.Team is null ? null
                : new ContractTeamDto(Owner, basis?.Team?.Description,
                    basis?.Team?.Members.Select(m => new ContractStakeholderDto(m.Username, m.Name, m.Role, m.Description)).ToList()),
            SchemaReference = string.IsNullOrWhiteSpace(Subject) ? null : new ContractSchemaReferenceDto(Subject.Trim(), PinnedVersion, VersionRange),
            Compatibility = Compatibility?.ToConfluentName(),
            Fields = Fields.Select(f => f.ToDocument()).ToList(),
            QualityRules = Rules.Select(r => new ContractQualityRuleDto(r.Name, r.Expression, ContractSpelling.Of(r.Severity), r.Description, r.Field)).ToList(),
            ServiceLevels = new ContractServiceLevelsDto
            {
                Freshness = FreshnessAmount is { } amount ? TimeSpan.FromSeconds((double)(amount * (int)FreshnessUnit)) : null,
                FreshnessElement = FreshnessElement,
                ConsumerGroupLag = Lag.Select(l => new ConsumerLagObjectiveDto(l.ConsumerGroup, l.MaxLag ?? 0)).ToList(),
                DeadLetterTopicRequired = DeadLetterTopicRequired,
                DeadLetterTopic = string.IsNullOrWhiteSpace(DeadLetterTopic) ? null : DeadLetterTopic.Trim(),
            },
        };
    }

    /// <summary>A duration as an amount of the largest unit that expresses it exactly.</summary>
    private static (decimal? Amount, FreshnessUnit Unit) Freshness(TimeSpan? freshness)
    {
        if (freshness is not { } value)
        {
            return (null, FreshnessUnit.Minutes);
        }

        var seconds = (decimal)value.TotalSeconds;
        var unit = new[] { FreshnessUnit.Days, FreshnessUnit.Hours, FreshnessUnit.Minutes }.FirstOrDefault(u => seconds % (int)u == 0, FreshnessUnit.Seconds);
        return (seconds / (int)unit, unit);
    }

    internal static IReadOnlyList<string> Split(string? text) =>
        (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Units of the freshness service level, valued in seconds.</summary>
public enum FreshnessUnit
{
    Seconds = 1,
    Minutes = 60,
    Hours = 3600,
    Days = 86400,
}

/// <summary>A quality rule in the form.</summary>
public sealed class ContractRuleForm
{
    public string? Name { get; set; }
    public string? Field { get; set; }
    public QualitySeverity Severity { get; set; } = QualitySeverity.Error;
    public string? Expression { get; set; }
    public string? Description { get; set; }
}

/// <summary>A consumer group's lag objective in the form.</summary>
public sealed class ContractLagForm
{
    public string? ConsumerGroup { get; set; }
    public long? MaxLag { get; set; }
}
