using Governance.Simulator.Kafka.Acls;
using Governance.Simulator.Kafka.Protocol;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>
/// DescribeGroups (15) v0–5, served by the group's coordinator only (others answer NOT_COORDINATOR
/// so clients go through FindCoordinator, as against a real cluster). Follows Kafka's group summary:
/// an unknown group is reported as <c>Dead</c> without error; member metadata and assignment bytes are
/// filled only while the group is <c>Stable</c> (during a rebalance they are empty and the protocol
/// name is blank, because the coordinator has not settled them yet).
/// </summary>
internal sealed class DescribeGroupsHandler : SyncApiHandler
{
    public override ApiKey Key => ApiKey.DescribeGroups;

    public override short MinVersion => 0;

    public override short MaxVersion => 5;

    protected override void Handle(RequestContext context, ref KafkaReader request, KafkaWriter response)
    {
        var version = context.ApiVersion;
        var groupIds = request.ReadStringArray();
        var includeOperations = version >= 3 && request.ReadBool();
        request.SkipTaggedFields();

        using var scratch = new KafkaWriter(256);
        context.Cluster.Read(index =>
        {
            if (version >= 1)
            {
                response.WriteInt32(0); // ThrottleTimeMs
            }

            response.WriteArrayLength(groupIds.Count);
            foreach (var groupId in groupIds)
            {
                if (index.GroupCoordinator(groupId) != context.NodeId)
                {
                    WriteGroupHeader(response, ErrorCode.NotCoordinator, groupId, "", "", "");
                    response.WriteArrayLength(0);
                    WriteGroupTrailer(response, version, AuthorizedOperations.NotRequested);
                    continue;
                }

                var group = index.Group(groupId);
                if (group is null || string.Equals(group.State, "Dead", StringComparison.OrdinalIgnoreCase))
                {
                    WriteGroupHeader(response, ErrorCode.None, groupId, "Dead", "", "");
                    response.WriteArrayLength(0);
                    WriteGroupTrailer(response, version, AuthorizedOperations.Select(includeOperations, AuthorizedOperations.Group));
                    continue;
                }

                var stable = string.Equals(group.State, "Stable", StringComparison.OrdinalIgnoreCase);
                WriteGroupHeader(response, ErrorCode.None, groupId, group.State, group.ProtocolType, stable ? group.Protocol : "");
                response.WriteArrayLength(group.Members.Count);
                foreach (var member in group.Members)
                {
                    WriteMember(response, scratch, member, version, stable);
                }

                WriteGroupTrailer(response, version, AuthorizedOperations.Select(includeOperations, AuthorizedOperations.Group));
            }

            response.WriteEmptyTaggedFields();
        });
    }

    private static void WriteGroupHeader(KafkaWriter response, short error, string groupId, string state, string protocolType, string protocol)
    {
        response.WriteInt16(error);
        response.WriteString(groupId);
        response.WriteString(state);
        response.WriteString(protocolType);
        response.WriteString(protocol);
    }

    private static void WriteGroupTrailer(KafkaWriter response, short version, int operations)
    {
        if (version >= 3)
        {
            response.WriteInt32(operations);
        }

        response.WriteEmptyTaggedFields();
    }

    private static void WriteMember(KafkaWriter response, KafkaWriter scratch, GroupMemberScenario member, short version, bool withAssignment)
    {
        response.WriteString(member.MemberId);
        if (version >= 4)
        {
            response.WriteNullableString(member.GroupInstanceId);
        }

        response.WriteString(member.ClientId);
        response.WriteString(member.ClientHost);
        if (withAssignment)
        {
            scratch.Reset();
            ConsumerProtocol.WriteSubscription(scratch, member.Assignment);
            response.WriteBytes(scratch.WrittenSpan);
            scratch.Reset();
            ConsumerProtocol.WriteAssignment(scratch, member.Assignment);
            response.WriteBytes(scratch.WrittenSpan);
        }
        else
        {
            response.WriteBytes([]);
            response.WriteBytes([]);
        }

        response.WriteEmptyTaggedFields();
    }
}
