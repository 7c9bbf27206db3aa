using Governance.Simulator.Kafka.Acls;
using Governance.Simulator.Kafka.Protocol;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>Reading and writing the ACL structures shared by DescribeAcls, CreateAcls and DeleteAcls.</summary>
internal static class AclWire
{
    /// <summary>
    /// A filter: type, name, pattern type (v1+; v0 clients only know literal ACLs, so v0 filters
    /// are literal), principal, host, operation, permission. No tagged fields: DescribeAcls has the
    /// filter inline in the request, DeleteAcls wraps each filter in a struct with its own.
    /// </summary>
    public static AclBindingFilter ReadFilter(ref KafkaReader request, short version)
    {
        var resourceType = (AclResourceType)request.ReadInt8();
        var name = request.ReadNullableString();
        var patternType = version >= 1 ? (AclPatternType)request.ReadInt8() : AclPatternType.Literal;
        var principal = request.ReadNullableString();
        var host = request.ReadNullableString();
        var operation = (AclOperation)request.ReadInt8();
        var permission = (AclPermissionType)request.ReadInt8();
        return new AclBindingFilter(Known(resourceType), name, Known(patternType), principal, host, Known(operation), Known(permission));
    }

    /// <summary>Codes a newer client may send that we do not know become Unknown, which validation rejects.</summary>
    public static T Known<T>(T value)
        where T : struct, Enum => Enum.IsDefined(value) ? value : default;

    /// <summary>Resource type, name and (v1+) pattern type of a binding.</summary>
    public static void WriteResource(KafkaWriter response, AclBinding acl, short version)
    {
        response.WriteInt8((sbyte)acl.ResourceType);
        response.WriteString(acl.ResourceName);
        if (version >= 1)
        {
            response.WriteInt8((sbyte)acl.PatternType);
        }
    }

    /// <summary>Principal, host, operation and permission of a binding.</summary>
    public static void WriteEntry(KafkaWriter response, AclBinding acl)
    {
        response.WriteString(acl.Principal);
        response.WriteString(acl.Host);
        response.WriteInt8((sbyte)acl.Operation);
        response.WriteInt8((sbyte)acl.Permission);
    }
}
