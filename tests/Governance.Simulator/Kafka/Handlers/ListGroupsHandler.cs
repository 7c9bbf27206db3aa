using Governance.Simulator.Kafka.Protocol;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>
/// ListGroups (16) v0–5. As in Kafka, each broker lists only the groups it coordinates: a client
/// must ask every broker (librdkafka's ListConsumerGroups does) to see them all. v4 filters by state,
/// v5 by type; every scenario group is a classic group. Dead groups are gone from a coordinator's
/// cache, so they are not listed.
/// </summary>
internal sealed class ListGroupsHandler : SyncApiHandler
{
    /// <summary>Group type of the classic (JoinGroup/SyncGroup) protocol, as KIP-848 names it.</summary>
    public const string ClassicGroupType = "classic";

    public override ApiKey Key => ApiKey.ListGroups;

    public override short MinVersion => 0;

    public override short MaxVersion => 5;

    protected override void Handle(RequestContext context, ref KafkaReader request, KafkaWriter response)
    {
        var version = context.ApiVersion;
        var states = version >= 4 ? request.ReadStringArray() : [];
        var types = version >= 5 ? request.ReadStringArray() : [];
        request.SkipTaggedFields();

        var typeMatches = types.Count == 0 || types.Exists(t => string.Equals(t, ClassicGroupType, StringComparison.OrdinalIgnoreCase));
        var stateFilter = states.Count == 0 ? null : new HashSet<string>(states, StringComparer.OrdinalIgnoreCase);

        context.Cluster.Read(index =>
        {
            if (version >= 1)
            {
                response.WriteInt32(0); // ThrottleTimeMs
            }

            response.WriteInt16(ErrorCode.None);

            // Count first: the array length precedes the elements and the filter is cheap to run twice.
            var groups = index.Cluster.Groups;
            var count = 0;
            foreach (var group in groups)
            {
                count += Listed(group) ? 1 : 0;
            }

            response.WriteArrayLength(count);
            foreach (var group in groups)
            {
                if (!Listed(group))
                {
                    continue;
                }

                response.WriteString(group.GroupId);
                response.WriteString(group.ProtocolType);
                if (version >= 4)
                {
                    response.WriteString(group.State);
                }

                if (version >= 5)
                {
                    response.WriteString(ClassicGroupType);
                }

                response.WriteEmptyTaggedFields();
            }

            response.WriteEmptyTaggedFields();

            bool Listed(Scenario.ConsumerGroupScenario group) =>
                typeMatches
                && !string.Equals(group.State, "Dead", StringComparison.OrdinalIgnoreCase)
                && index.GroupCoordinator(group.GroupId) == context.NodeId
                && (stateFilter is null || stateFilter.Contains(group.State));
        });
    }
}
