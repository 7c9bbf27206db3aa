using Governance.Simulator.Kafka.Protocol;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>
/// ApiVersions (18) v0–3: the version ranges of every handler. Its response header is always v0,
/// even for flexible v3 (KIP-511), and a request at a version we do not know is answered with
/// UNSUPPORTED_VERSION in the v0 layout with our ranges: librdkafka sends v3 first and relies on that
/// reply to fall back. <see cref="WriteBody"/> serves both cases.
/// </summary>
internal sealed class ApiVersionsHandler : SyncApiHandler
{
    private IReadOnlyList<IApiHandler> _apis = [];

    public override ApiKey Key => ApiKey.ApiVersions;

    public override short MinVersion => 0;

    public override short MaxVersion => 3;

    /// <summary>Sets what is advertised (the router calls this once it knows every handler).</summary>
    public void Advertise(IReadOnlyList<IApiHandler> apis) => _apis = apis;

    /// <summary>
    /// Writes the body in the layout of <paramref name="version"/>; the caller sets the writer's
    /// flexibility (v3+ is flexible; the unsupported-version reply is written as v0).
    /// </summary>
    public void WriteBody(KafkaWriter response, short version, short errorCode)
    {
        response.WriteInt16(errorCode);
        response.WriteArrayLength(_apis.Count);
        foreach (var api in _apis)
        {
            response.WriteInt16((short)api.Key);
            response.WriteInt16(api.MinVersion);
            response.WriteInt16(api.MaxVersion);
            response.WriteEmptyTaggedFields();
        }

        if (version >= 1)
        {
            response.WriteInt32(0); // ThrottleTimeMs
        }

        // v3+ tagged fields (SupportedFeatures, FinalizedFeatures…) are optional: a broker without
        // feature flags sends none, and clients fall back to ApiVersions ranges alone.
        response.WriteEmptyTaggedFields();
    }

    protected override void Handle(RequestContext context, ref KafkaReader request, KafkaWriter response)
    {
        if (context.ApiVersion >= 3)
        {
            // ClientSoftwareName / ClientSoftwareVersion: read so a malformed body is still caught.
            request.ReadString();
            request.ReadString();
            request.SkipTaggedFields();
        }

        WriteBody(response, context.ApiVersion, ErrorCode.None);
    }
}
