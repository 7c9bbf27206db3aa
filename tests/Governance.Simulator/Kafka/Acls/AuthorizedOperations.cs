namespace Governance.Simulator.Kafka.Acls;

/// <summary>
/// The <c>authorized_operations</c> bit fields (bit n = operation code n) of Metadata, DescribeCluster
/// and DescribeGroups. The simulator does not authorize (PLAINTEXT, every client is a super user), so
/// it reports every operation that applies to the resource type, as Kafka does for a super user.
/// </summary>
internal static class AuthorizedOperations
{
    /// <summary>"Not requested" marker (INT32 min value) the protocol uses when the client did not ask.</summary>
    public const int NotRequested = int.MinValue;

    public static readonly int Topic = Bits(
        AclOperation.Read, AclOperation.Write, AclOperation.Create, AclOperation.Delete, AclOperation.Alter,
        AclOperation.Describe, AclOperation.DescribeConfigs, AclOperation.AlterConfigs);

    public static readonly int Group = Bits(AclOperation.Read, AclOperation.Describe, AclOperation.Delete);

    public static readonly int Cluster = Bits(
        AclOperation.Create, AclOperation.Alter, AclOperation.Describe, AclOperation.ClusterAction,
        AclOperation.DescribeConfigs, AclOperation.AlterConfigs, AclOperation.IdempotentWrite);

    public static int Select(bool requested, int operations) => requested ? operations : NotRequested;

    private static int Bits(params AclOperation[] operations) => operations.Aggregate(0, (bits, op) => bits | (1 << (int)op));
}
