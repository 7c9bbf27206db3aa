using Governance.Simulator.Kafka.Acls;
using Governance.Simulator.Kafka.Protocol;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>
/// DeleteAcls (31) v0–3: removes every ACL matching any filter and reports it under the first filter
/// that matched it (Kafka's rule, so an ACL is never reported twice).
/// </summary>
internal sealed class DeleteAclsHandler : SyncApiHandler
{
    public override ApiKey Key => ApiKey.DeleteAcls;

    public override short MinVersion => 0;

    public override short MaxVersion => 3;

    protected override void Handle(RequestContext context, ref KafkaReader request, KafkaWriter response)
    {
        var version = context.ApiVersion;
        var count = request.ReadArrayLength();
        var filters = new List<AclBindingFilter>(Math.Max(count, 0));
        for (var i = 0; i < count; i++)
        {
            filters.Add(AclWire.ReadFilter(ref request, version));
            request.SkipTaggedFields();
        }

        request.SkipTaggedFields();

        var errors = filters.Select(f => f.Invalid()).ToList();
        var deleted = filters.Select(_ => new List<AclBinding>()).ToList();
        if (errors.Exists(e => e is null))
        {
            context.Cluster.Mutate(index =>
            {
                index.Cluster.Acls.RemoveAll(scenarioAcl =>
                {
                    var acl = AclBinding.From(scenarioAcl);
                    for (var i = 0; i < filters.Count; i++)
                    {
                        if (errors[i] is null && filters[i].Matches(acl))
                        {
                            deleted[i].Add(acl);
                            return true;
                        }
                    }

                    return false;
                });
            });
        }

        response.WriteInt32(0); // ThrottleTimeMs
        response.WriteArrayLength(filters.Count);
        for (var i = 0; i < filters.Count; i++)
        {
            response.WriteInt16(errors[i] is null ? ErrorCode.None : ErrorCode.InvalidRequest);
            response.WriteNullableString(errors[i]);
            response.WriteArrayLength(deleted[i].Count);
            foreach (var acl in deleted[i])
            {
                response.WriteInt16(ErrorCode.None);
                response.WriteNullableString(null);
                AclWire.WriteResource(response, acl, version);
                AclWire.WriteEntry(response, acl);
                response.WriteEmptyTaggedFields();
            }

            response.WriteEmptyTaggedFields();
        }

        response.WriteEmptyTaggedFields();
    }
}
