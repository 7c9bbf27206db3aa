using Confluent.Kafka;
using Governance.Collector.Scanning;

namespace Governance.Collector.Kafka;

/// <summary>
/// Builds the librdkafka clients of a cluster from its passthrough settings, routes librdkafka's
/// logs and errors to <see cref="ILogger"/> (scrubbed of secret values), and turns configuration
/// errors into <see cref="KafkaConfigurationException"/>s that name the property but never a secret value.
/// </summary>
internal static class KafkaClientFactory
{
    /// <summary>The settings every client of the cluster starts from: passthrough settings, bootstrap servers, client id.</summary>
    public static Dictionary<string, string> BaseSettings(KafkaClusterOptions cluster, KafkaInspectionOptions options, string role)
    {
        var settings = new Dictionary<string, string>(cluster.Settings, StringComparer.Ordinal)
        {
            ["bootstrap.servers"] = cluster.BootstrapServers,
        };
        if (!settings.ContainsKey("client.id"))
        {
            settings["client.id"] = $"{options.ClientId}-{role}";
        }

        return settings;
    }

    public static IAdminClient BuildAdmin(KafkaClusterOptions cluster, KafkaInspectionOptions options, ILogger logger)
    {
        var settings = BaseSettings(cluster, options, "admin");
        return Build(cluster, () => new AdminClientBuilder(settings)
            .SetLogHandler((_, message) => OnLog(logger, cluster, message))
            .SetErrorHandler((_, error) => OnError(logger, cluster, settings["client.id"], error))
            .Build());
    }

    public static IConsumer<byte[], byte[]> BuildSamplingConsumer(KafkaClusterOptions cluster, KafkaInspectionOptions options, SamplingOptions sampling, ILogger logger)
    {
        var settings = BaseSettings(cluster, options, "sampler");
        settings["group.id"] = sampling.GroupId;
        settings["enable.auto.commit"] = "false";
        settings["enable.auto.offset.store"] = "false";
        settings["enable.partition.eof"] = "true";
        // Start offsets are explicit; when one has just fallen off the log (retention), read from the start.
        settings["auto.offset.reset"] = "earliest";
        // The sampler reads up to the end of each partition: a short fetch wait makes end-of-partition come
        // quickly instead of after the default 500 ms per round (configurable through Settings).
        settings.TryAdd("fetch.wait.max.ms", "100");
        return Build(cluster, () => new ConsumerBuilder<byte[], byte[]>(settings)
            .SetKeyDeserializer(Deserializers.ByteArray)
            .SetValueDeserializer(Deserializers.ByteArray)
            .SetLogHandler((_, message) => OnLog(logger, cluster, message))
            .SetErrorHandler((_, error) => OnError(logger, cluster, settings["client.id"], error))
            .Build());
    }

    private static T Build<T>(KafkaClusterOptions cluster, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or KafkaException)
        {
            // librdkafka's messages may quote a rejected value: scrub every secret value before it goes anywhere.
            throw new KafkaConfigurationException(cluster.Alias, [$"librdkafka rejected the client configuration: {SecretRedaction.Scrub(ex.Message, cluster.Settings)}"]);
        }
    }

    // Never touch the IClient argument in these handlers: librdkafka logs while the client is being
    // built (e.g. with debug=broker), before the handle exists, and client.Name then crashes the process.
    private static void OnLog(ILogger logger, KafkaClusterOptions cluster, LogMessage message)
    {
        var client = message.Name ?? "";
        var text = SecretRedaction.Scrub(message.Message, cluster.Settings);
        switch (message.Level)
        {
            case SyslogLevel.Emergency or SyslogLevel.Alert or SyslogLevel.Critical or SyslogLevel.Error or SyslogLevel.Warning:
                CollectorLog.NativeWarning(logger, cluster.Alias, message.Facility, client, text);
                break;
            case SyslogLevel.Notice:
                CollectorLog.NativeInfo(logger, cluster.Alias, message.Facility, client, text);
                break;
            default:
                CollectorLog.NativeDebug(logger, cluster.Alias, message.Facility, client, text);
                break;
        }
    }

    private static void OnError(ILogger logger, KafkaClusterOptions cluster, string client, Error error) =>
        CollectorLog.ClientError(logger, cluster.Alias, client, error.Code.ToString(), SecretRedaction.Scrub(error.Reason ?? "", cluster.Settings));
}
