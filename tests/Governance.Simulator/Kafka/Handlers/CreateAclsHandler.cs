using Governance.Simulator.Kafka.Acls;
using Governance.Simulator.Kafka.Protocol;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>
/// CreateAcls (30) v0–3: validates each binding as Kafka's controller does and adds the valid ones to
/// the scenario (one <see cref="Scenario.SimulatedPlatform.Mutate"/>). Creating an ACL that already
/// exists succeeds without duplicating it.
/// </summary>
internal sealed class CreateAclsHandler : SyncApiHandler
{
    /// <summary>The only valid name of a CLUSTER resource.</summary>
    private const string ClusterResourceName = "kafka-cluster";

    public override ApiKey Key => ApiKey.CreateAcls;

    public override short MinVersion => 0;

    public override short MaxVersion => 3;

    protected override void Handle(RequestContext context, ref KafkaReader request, KafkaWriter response)
    {
        var version = context.ApiVersion;
        var count = request.ReadArrayLength();
        var creations = new List<AclBinding>(Math.Max(count, 0));
        for (var i = 0; i < count; i++)
        {
            var resourceType = AclWire.Known((AclResourceType)request.ReadInt8());
            var name = request.ReadString();
            var patternType = version >= 1 ? AclWire.Known((AclPatternType)request.ReadInt8()) : AclPatternType.Literal;
            var principal = request.ReadString();
            var host = request.ReadString();
            var operation = AclWire.Known((AclOperation)request.ReadInt8());
            var permission = AclWire.Known((AclPermissionType)request.ReadInt8());
            request.SkipTaggedFields();
            creations.Add(new AclBinding(resourceType, name, patternType, principal, host, operation, permission));
        }

        request.SkipTaggedFields();

        var errors = creations.Select(Validate).ToList();
        if (errors.Exists(e => e is null))
        {
            context.Cluster.Mutate(index =>
            {
                var acls = index.Cluster.Acls;
                var existing = acls.Select(AclBinding.From).ToList();
                for (var i = 0; i < creations.Count; i++)
                {
                    if (errors[i] is null && !existing.Exists(creations[i].SameAs))
                    {
                        acls.Add(creations[i].ToScenario());
                        existing.Add(creations[i]);
                    }
                }
            });
        }

        response.WriteInt32(0); // ThrottleTimeMs
        response.WriteArrayLength(creations.Count);
        foreach (var error in errors)
        {
            response.WriteInt16(error is null ? ErrorCode.None : ErrorCode.InvalidRequest);
            response.WriteNullableString(error);
            response.WriteEmptyTaggedFields();
        }

        response.WriteEmptyTaggedFields();
    }

    private static string? Validate(AclBinding acl) =>
        acl.ResourceType is AclResourceType.Unknown or AclResourceType.Any ? "Invalid resource type."
        : acl.PatternType is not (AclPatternType.Literal or AclPatternType.Prefixed) ? "Invalid pattern type: only LITERAL and PREFIXED ACLs can be created."
        : acl.Operation is AclOperation.Unknown or AclOperation.Any ? "Invalid operation."
        : acl.Permission is not (AclPermissionType.Allow or AclPermissionType.Deny) ? "Invalid permission type."
        : acl.ResourceName.Length == 0 ? "Resource name must not be empty."
        : acl.ResourceType == AclResourceType.Cluster && acl.ResourceName != ClusterResourceName ? $"The only valid name for the CLUSTER resource is {ClusterResourceName}."
        : acl.Principal.IndexOf(':', StringComparison.Ordinal) <= 0 ? $"Could not parse principal from `{acl.Principal}` (no colon is present separating the principal type from the principal name)."
        : acl.Host.Length == 0 ? "Host must not be empty."
        : null;
}
