using Governance.Model.Contracts;
using Governance.Model.Contracts.Compatibility;

namespace Governance.Web.ComponentTests.Contracts;

/// <summary>A contract with a rule of every kind, for the contract components.</summary>
internal static class ContractSamples
{
    public static DataContract Orders() => new()
    {
        Id = "shop.orders.v1",
        Name = "Orders",
        Version = "1.0.0",
        Dataset = new ContractDataset { Name = "orders.v1", PhysicalType = "topic" },
        Servers = [new ContractServer { Name = "production", Host = "broker:9092" }],
        Team = new ContractTeam { Name = "team-orders" },
        SchemaReference = new ContractSchemaReference { Subject = "orders.v1-value", VersionRange = "[3,)" },
        Compatibility = CompatibilityPolicy.BackwardTransitive,
        Fields =
        [
            new ContractField { Name = "order_id", LogicalType = FieldLogicalType.String, Required = true, Pattern = "^[0-9a-f-]{36}$" },
            new ContractField { Name = "amount", LogicalType = FieldLogicalType.Number, Minimum = new ContractBound(0, Exclusive: true), Maximum = new ContractBound(10000) },
            new ContractField { Name = "currency", LogicalType = FieldLogicalType.String, AllowedValues = ["EUR", "USD"], Classification = FieldClassification.Public },
            new ContractField { Name = "email", LogicalType = FieldLogicalType.String, Format = "email", MaxLength = 254, Classification = FieldClassification.Pii },
        ],
        QualityRules =
        [
            new ContractQualityRule { Name = "eur_only_for_eu", Expression = "record.currency == 'EUR'", Field = "currency", Severity = QualitySeverity.Warning },
            new ContractQualityRule { Name = "positive", Expression = "record.amount > 0" },
        ],
        ServiceLevels = new ContractServiceLevels
        {
            Freshness = TimeSpan.FromMinutes(15),
            ConsumerGroupLag = [new ConsumerLagObjective("billing", 12000)],
            DeadLetterTopicRequired = true,
            DeadLetterTopic = "orders.v1.dlq",
        },
    };
}
