using System.Globalization;
using Governance.Simulator.Kafka.Cluster;
using Governance.Simulator.Kafka.Protocol;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>
/// DescribeConfigs (32) v0–4 for topics (scenario configs as DYNAMIC_TOPIC_CONFIG over Kafka's
/// defaults) and brokers (<see cref="ConfigCatalog.BrokerConfigs"/>). As in Kafka, a broker resource
/// must name the broker that receives the request (clients route it there), and an empty broker name
/// asks for cluster-wide dynamic defaults, of which there are none. Broker loggers have no levels to
/// report. Synonyms only when asked (v1+); v0 reports <c>is_default</c> instead of a source.
/// </summary>
internal sealed class DescribeConfigsHandler : SyncApiHandler
{
    private const sbyte TopicResource = 2;
    private const sbyte BrokerResource = 4;
    private const sbyte BrokerLoggerResource = 8;

    public override ApiKey Key => ApiKey.DescribeConfigs;

    public override short MinVersion => 0;

    public override short MaxVersion => 4;

    private sealed record Resource(sbyte Type, string Name, List<string>? Keys);

    protected override void Handle(RequestContext context, ref KafkaReader request, KafkaWriter response)
    {
        var version = context.ApiVersion;
        var count = request.ReadArrayLength();
        var resources = new List<Resource>(Math.Max(count, 0));
        for (var i = 0; i < count; i++)
        {
            var type = request.ReadInt8();
            var name = request.ReadString();
            var keys = request.ReadNullableStringArray();
            request.SkipTaggedFields();
            resources.Add(new Resource(type, name, keys));
        }

        var includeSynonyms = version >= 1 && request.ReadBool();
        if (version >= 3)
        {
            request.ReadBool(); // IncludeDocumentation: we have none to give (documentation is nullable)
        }

        request.SkipTaggedFields();

        context.Cluster.Read(index =>
        {
            response.WriteInt32(0); // ThrottleTimeMs
            response.WriteArrayLength(resources.Count);
            foreach (var resource in resources)
            {
                var (error, message, configs) = Describe(context, index, resource, includeSynonyms);
                response.WriteInt16(error);
                response.WriteNullableString(message);
                response.WriteInt8(resource.Type);
                response.WriteString(resource.Name);
                var selected = resource.Keys is null ? configs : configs.FindAll(c => resource.Keys.Contains(c.Name));
                response.WriteArrayLength(selected.Count);
                foreach (var config in selected)
                {
                    WriteConfig(response, config, version, includeSynonyms);
                }

                response.WriteEmptyTaggedFields();
            }

            response.WriteEmptyTaggedFields();
        });
    }

    private static (short Error, string? Message, List<ConfigEntry> Configs) Describe(RequestContext context, ClusterIndex index, Resource resource, bool includeSynonyms)
    {
        switch (resource.Type)
        {
            case TopicResource:
                var topic = index.Topic(resource.Name);
                return topic is null
                    ? (ErrorCode.UnknownTopicOrPartition, $"Topic '{resource.Name}' does not exist.", [])
                    : (ErrorCode.None, null, ConfigCatalog.TopicConfigs(topic, includeSynonyms));
            case BrokerResource when resource.Name.Length == 0:
                return (ErrorCode.None, null, []);
            case BrokerResource:
            case BrokerLoggerResource:
                var self = context.NodeId.ToString(CultureInfo.InvariantCulture);
                if (resource.Name != self)
                {
                    return (ErrorCode.InvalidRequest, $"Unexpected broker id, expected {self} or empty string, but received {resource.Name}", []);
                }

                return resource.Type == BrokerResource
                    ? (ErrorCode.None, null, ConfigCatalog.BrokerConfigs(context.Broker, index.BrokerCount, includeSynonyms))
                    : (ErrorCode.None, null, []);
            default:
                return (ErrorCode.InvalidRequest, $"Unsupported resource type {resource.Type}.", []);
        }
    }

    private static void WriteConfig(KafkaWriter response, ConfigEntry config, short version, bool includeSynonyms)
    {
        response.WriteString(config.Name);
        response.WriteNullableString(config.Value);
        response.WriteBool(config.ReadOnly);
        if (version == 0)
        {
            response.WriteBool(config.IsDefault);
        }
        else
        {
            response.WriteInt8(config.Source);
        }

        response.WriteBool(config.Sensitive);
        if (version >= 1)
        {
            var synonyms = includeSynonyms ? config.Synonyms ?? [] : [];
            response.WriteArrayLength(synonyms.Count);
            foreach (var synonym in synonyms)
            {
                response.WriteString(synonym.Name);
                response.WriteNullableString(synonym.Value);
                response.WriteInt8(synonym.Source);
                response.WriteEmptyTaggedFields();
            }
        }

        if (version >= 3)
        {
            response.WriteInt8(config.Type);
            response.WriteNullableString(null); // Documentation
        }

        response.WriteEmptyTaggedFields();
    }
}
