using Governance.Model.Contracts.Compatibility;
using Governance.Model.Contracts;

namespace Governance.Model.Tests.Contracts.Odcs;

/// <summary>Contracts built in code for round-trip and validation tests.</summary>
internal static class SampleContracts
{
    /// <summary>A valid contract with every modeled member set (the schema version as a range).</summary>
    public static DataContract Full() => new()
    {
        Id = "urn:contract:shop-orders",
        Name = "Shop orders",
        Version = "2.1.0-rc.1+build.5",
        Status = ContractStatus.Active,
        Domain = "sales",
        Description = "Every order placed in the web shop.\nOne record per order, keyed by order id.",
        Usage = "Billing and fulfilment",
        Limitations = "No refunds: see shop.refunds",
        Tags = ["orders", "yes", "2022-10-03", "1.0", "null", "key: value", "#hash", "- dash", " padded "],
        Dataset = new ContractDataset
        {
            Name = "Orders",
            PhysicalName = "shop.orders.v1",
            PhysicalType = "topic",
            Description = "Orders as placed",
            Tags = ["core"],
            Preserved = [new PreservedMember("businessName", "\"Customer orders\"")],
        },
        Servers =
        [
            new ContractServer
            {
                Name = "production", Host = "broker-1:9092,broker-2:9092", Environment = "prod", Format = "avro", Description = "Main cluster",
                Preserved = [new PreservedMember("roles", """[{"role":"orders-reader","access":"read"}]""")],
            },
            new ContractServer { Name = "staging", Host = "staging-broker:9092" },
        ],
        Team = new ContractTeam
        {
            Name = "checkout-team",
            Description = "Owns the checkout flow",
            Members =
            [
                new ContractStakeholder
                {
                    Username = "ada@example.com", Name = "Ada", Role = "owner", Description = "Product owner",
                    Preserved = [new PreservedMember("dateIn", "\"2024-01-15\"")],
                },
                new ContractStakeholder { Username = "bob", Role = "data steward" },
            ],
            Preserved = [new PreservedMember("tags", """["payments"]""")],
        },
        SchemaReference = new ContractSchemaReference { Subject = "shop.orders.v1-value", VersionRange = "[3,)" },
        Compatibility = CompatibilityPolicy.BackwardTransitive,
        Fields =
        [
            new ContractField
            {
                Name = "order_id", LogicalType = FieldLogicalType.String, PhysicalType = "string", Description = "Order id", Required = true,
                Pattern = "^ORD-[0-9]{8}$", MinLength = 12, MaxLength = 12, Classification = FieldClassification.Public, Tags = ["key"],
                Preserved = [new PreservedMember("primaryKey", "true"), new PreservedMember("examples", """["ORD-00000001"]""")],
            },
            new ContractField
            {
                Name = "status", LogicalType = FieldLogicalType.String, PhysicalType = "string", Required = true,
                AllowedValues = ["NEW", "PAID", "SHIPPED"],
            },
            new ContractField
            {
                Name = "amount", LogicalType = FieldLogicalType.Number, PhysicalType = "double", Format = "f64",
                Minimum = new ContractBound(0, Exclusive: true), Maximum = new ContractBound(100000.50m), Classification = FieldClassification.Confidential,
                Preserved = [new PreservedMember("logicalTypeOptions.multipleOf", "0.01")],
            },
            new ContractField
            {
                Name = "quantity", LogicalType = FieldLogicalType.Integer, PhysicalType = "int", Format = "i32", Required = true,
                Minimum = new ContractBound(1), Maximum = new ContractBound(1000, Exclusive: true), AllowedValues = [1, 2, 5, 10],
            },
            new ContractField { Name = "customer_email", LogicalType = FieldLogicalType.String, Format = "email", Classification = FieldClassification.Pii },
            new ContractField { Name = "card_number", LogicalType = FieldLogicalType.String, Pattern = "^[0-9]{16}$", Classification = FieldClassification.Pci },
            new ContractField
            {
                Name = "placed_at", LogicalType = FieldLogicalType.Timestamp, Required = true, Format = "yyyy-MM-dd'T'HH:mm:ssX",
                Minimum = new ContractBound("2020-01-01T00:00:00Z"),
                Preserved = [new PreservedMember("logicalTypeOptions.timezone", "true")],
            },
            new ContractField { Name = "delivery_date", LogicalType = FieldLogicalType.Date, Maximum = new ContractBound("2100-12-31", Exclusive: true) },
            new ContractField { Name = "pickup_time", LogicalType = FieldLogicalType.Time, Minimum = new ContractBound("08:00:00"), Maximum = new ContractBound("20:00:00") },
            new ContractField { Name = "gift", LogicalType = FieldLogicalType.Boolean, AllowedValues = [ContractValue.Of(true), ContractValue.Of(false), ContractValue.Null] },
            new ContractField { Name = "lines", LogicalType = FieldLogicalType.Array, Preserved = [new PreservedMember("logicalTypeOptions.minItems", "1")] },
            new ContractField { Name = "metadata", LogicalType = FieldLogicalType.Object },
            new ContractField { Name = "legacy_ref", PhysicalType = "string" },
        ],
        QualityRules =
        [
            // In document order: the rules of each field, fields in order, then the record-level rules.
            new ContractQualityRule { Name = "paid_has_amount", Expression = "record.status != 'PAID' || record.amount > 0", Field = "status" },
            new ContractQualityRule { Name = "status_upper", Expression = "record.status == record.status.upperAscii()", Field = "status" },
            new ContractQualityRule { Name = "recent", Expression = "record.placed_at > timestamp('2020-01-01T00:00:00Z')", Field = "placed_at", Severity = QualitySeverity.Info },
            new ContractQualityRule
            {
                Name = "amount_covers_quantity", Description = "At least one cent per item", Severity = QualitySeverity.Warning,
                Expression = "record.amount >= record.quantity * 0.01",
                Preserved = [new PreservedMember("dimension", "\"accuracy\"")],
            },
        ],
        ServiceLevels = new ContractServiceLevels
        {
            Freshness = TimeSpan.FromMinutes(15),
            FreshnessElement = "placed_at",
            ConsumerGroupLag = [new ConsumerLagObjective("billing", 1000), new ConsumerLagObjective("analytics", 50000)],
            DeadLetterTopicRequired = true,
            DeadLetterTopic = "shop.orders.v1.dlq",
            Other = [new ContractSlaProperty { Property = "retention", ValueJson = "7", Unit = "d", Driver = "regulatory", Id = "retention_sla" }],
        },
        CustomProperties =
        [
            new ContractCustomProperty("costCenter", "\"CC-42\"", "Who pays for the topic"),
            new ContractCustomProperty("reviewers", """["ada","bob"]"""),
        ],
        Preserved =
        [
            new PreservedMember("tenant", "\"acme\""),
            new PreservedMember("support", """[{"channel":"#orders","tool":"slack"}]"""),
            new PreservedMember("description.authoritativeDefinitions", """[{"url":"https://wiki.example.com/orders","type":"businessDefinition"}]"""),
        ],
    };

    /// <summary>As <see cref="Full"/>, with the schema version pinned instead of ranged.</summary>
    public static DataContract FullPinned() => Full() with
    {
        SchemaReference = new ContractSchemaReference { Subject = "shop.orders.v1-value", PinnedVersion = 7 },
        Compatibility = CompatibilityPolicy.None,
        Status = ContractStatus.Deprecated,
    };

    /// <summary>The smallest valid contract.</summary>
    public static DataContract Minimal() => new() { Id = "c-1", Version = "1.0.0" };
}
