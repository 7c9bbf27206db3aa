namespace Governance.Simulator.Kafka.Protocol;

/// <summary>
/// A request that cannot be decoded (truncated, negative lengths, bad varints). The connection that
/// sent it is closed, as a real broker does: after a framing error the byte stream cannot be trusted.
/// </summary>
internal sealed class KafkaProtocolException(string message) : Exception(message);
