using Governance.Simulator.Kafka.Acls;
using Governance.Simulator.Kafka.Protocol;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>
/// DescribeAcls (29) v0–3: the cluster's ACLs matching one filter (<see cref="AclBindingFilter"/>),
/// grouped by resource pattern as Kafka returns them.
/// </summary>
internal sealed class DescribeAclsHandler : SyncApiHandler
{
    public override ApiKey Key => ApiKey.DescribeAcls;

    public override short MinVersion => 0;

    public override short MaxVersion => 3;

    protected override void Handle(RequestContext context, ref KafkaReader request, KafkaWriter response)
    {
        var version = context.ApiVersion;
        var filter = AclWire.ReadFilter(ref request, version);
        request.SkipTaggedFields();

        var invalid = filter.Invalid();
        var matches = invalid is null
            ? context.Cluster.Read(index => index.Cluster.Acls.Select(AclBinding.From).Where(filter.Matches).ToList())
            : [];

        response.WriteInt32(0); // ThrottleTimeMs
        response.WriteInt16(invalid is null ? ErrorCode.None : ErrorCode.InvalidRequest);
        response.WriteNullableString(invalid);

        // One resource entry per (type, name, pattern), in order of first appearance.
        var resources = matches
            .GroupBy(a => (a.ResourceType, a.ResourceName, a.PatternType))
            .ToList();
        response.WriteArrayLength(resources.Count);
        foreach (var resource in resources)
        {
            AclWire.WriteResource(response, resource.First(), version);
            response.WriteArrayLength(resource.Count());
            foreach (var acl in resource)
            {
                AclWire.WriteEntry(response, acl);
                response.WriteEmptyTaggedFields();
            }

            response.WriteEmptyTaggedFields();
        }

        response.WriteEmptyTaggedFields();
    }
}
