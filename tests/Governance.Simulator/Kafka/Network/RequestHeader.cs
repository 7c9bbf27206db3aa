using Governance.Simulator.Kafka.Protocol;

namespace Governance.Simulator.Kafka.Network;

/// <summary>
/// The fixed part of a request header (v1): api key, api version, correlation id and client id.
/// ClientId keeps its INT16 length even in flexible header v2 (its "flexibleVersions" is "none");
/// v2 only appends a tagged-field section, which <see cref="BodyOffset"/> skips when asked.
/// </summary>
internal readonly record struct RequestHeader(short ApiKey, short ApiVersion, int CorrelationId, string? ClientId, int FixedLength)
{
    public static RequestHeader Parse(ReadOnlySpan<byte> frame)
    {
        var reader = new KafkaReader(frame, flexible: false);
        var apiKey = reader.ReadInt16();
        var apiVersion = reader.ReadInt16();
        var correlationId = reader.ReadInt32();
        var clientId = reader.ReadNullableString();
        return new RequestHeader(apiKey, apiVersion, correlationId, clientId, reader.Position);
    }

    /// <summary>Where the body starts: after the fixed part, and after the header's tagged fields in flexible versions.</summary>
    public int BodyOffset(ReadOnlySpan<byte> frame, bool flexibleHeader)
    {
        if (!flexibleHeader)
        {
            return FixedLength;
        }

        var reader = new KafkaReader(frame[FixedLength..], flexible: true);
        reader.SkipTaggedFields();
        return FixedLength + reader.Position;
    }
}
