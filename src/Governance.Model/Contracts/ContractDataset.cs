namespace Governance.Model.Contracts;

/// <summary>The Kafka topic the contract governs (ODCS <c>schema[0]</c>, the single schema object).</summary>
public sealed record ContractDataset
{
    /// <summary>Logical name of the schema object (ODCS <c>name</c>), e.g. <c>Orders</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Topic name when it differs from <see cref="Name"/> (ODCS <c>physicalName</c>), e.g. <c>orders.v1</c>.</summary>
    public string? PhysicalName { get; init; }

    /// <summary>Physical kind of the element (ODCS <c>physicalType</c>), normally <c>topic</c>.</summary>
    public string? PhysicalType { get; init; }

    /// <summary>What the topic carries (ODCS <c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>Free tags (ODCS <c>tags</c>).</summary>
    public ValueList<string> Tags { get; init; } = [];

    /// <summary>ODCS members of the schema object that are kept but not interpreted (e.g. <c>businessName</c>).</summary>
    public ValueList<PreservedMember> Preserved { get; init; } = [];

    /// <summary>The Kafka topic name: <see cref="PhysicalName"/> if set, else <see cref="Name"/>.</summary>
    public string TopicName => PhysicalName ?? Name;
}
