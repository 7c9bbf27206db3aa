using Confluent.Kafka;

namespace Governance.Collector.Kafka;

/// <summary>Facts about the native librdkafka library the Kafka clients run on.</summary>
public static class KafkaNative
{
    /// <summary>The librdkafka version, e.g. "2.15.1". The first call loads the native library.</summary>
    public static string Version => Library.VersionString;
}
