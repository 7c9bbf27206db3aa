namespace Governance.Model.Contracts;

/// <summary>A Kafka cluster the topic lives on (ODCS <c>servers[i]</c> with <c>type: kafka</c>).</summary>
public sealed record ContractServer
{
    /// <summary>Server identifier within the contract (ODCS <c>server</c>), e.g. <c>production</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Bootstrap servers of the cluster (ODCS <c>host</c>), e.g. <c>broker1:9092</c>.</summary>
    public required string Host { get; init; }

    /// <summary>Environment (ODCS <c>environment</c>), e.g. <c>prod</c>.</summary>
    public string? Environment { get; init; }

    /// <summary>Message format (ODCS <c>format</c>), e.g. <c>avro</c>.</summary>
    public string? Format { get; init; }

    /// <summary>Description of the server (ODCS <c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>ODCS members of the server that are kept but not interpreted (e.g. <c>roles</c>).</summary>
    public ValueList<PreservedMember> Preserved { get; init; } = [];
}
