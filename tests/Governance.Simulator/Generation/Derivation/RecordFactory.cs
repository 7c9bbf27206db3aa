using System.Text;
using Governance.Simulator.Generation.Encoders;
using Governance.Simulator.Generation.Schemas;
using Governance.Simulator.Generation.Values;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Generation.Derivation;

/// <summary>
/// Writes a few sample records at the end of every partition that has data: keys and values framed in
/// the Confluent wire format when the topic has subjects, plain JSON otherwise, and headers naming the
/// producing application (<c>app-id</c>) where the ground truth says it stamps one. Replicas made by
/// MirrorMaker 2 carry the headers of the edge producer, as MM2 copies headers unchanged.
/// </summary>
internal static class RecordFactory
{
    public const string AppHeader = "app-id";

    public static void Derive(GenerationContext ctx)
    {
        var producers = Producers(ctx);
        foreach (var plan in ctx.TopicPlans)
        {
            if (plan.Role == TopicRole.Infrastructure) continue;
            var source = plan.MirrorOf ?? plan;
            var writers = producers.GetValueOrDefault((source.Cluster.Alias, source.Name)) ?? [];
            var storeId = plan.MirrorOf?.Cluster.Alias ?? (plan.Cluster.Role == ClusterRole.Edge ? plan.Cluster.Alias : null);
            foreach (var partition in plan.Topic.Partitions)
            {
                Partition(ctx, plan, partition, writers, storeId);
            }
        }
    }

    private static Dictionary<(string Cluster, string Topic), List<AppPlan>> Producers(GenerationContext ctx)
    {
        var map = new Dictionary<(string, string), List<AppPlan>>();
        foreach (var app in ctx.Apps)
        {
            foreach (var output in app.App.Outputs)
            {
                var key = (app.App.Cluster, output);
                if (!map.TryGetValue(key, out var list)) map[key] = list = [];
                list.Add(app);
            }
        }

        return map;
    }

    private static void Partition(GenerationContext ctx, TopicPlan plan, PartitionScenario partition, List<AppPlan> writers, string? storeId)
    {
        var available = partition.LogEndOffset - partition.LogStartOffset;
        if (available <= 0) return;
        var count = (int)Math.Min(ctx.Profile.RecordsPerPartition, available);
        var perDay = Math.Max(plan.EventsPerDay / plan.Topic.Partitions.Count, 0.01);
        var intervalMs = Math.Min(86_400_000 / perDay, 86_400_000 * 30.0);

        // Compaction leaves gaps; otherwise the last offsets are consecutive.
        var offsets = new List<long>(count);
        var offset = partition.LogEndOffset - 1;
        for (var i = 0; i < count && offset >= partition.LogStartOffset; i++)
        {
            offsets.Add(offset);
            offset -= plan.Topic.Configs.GetValueOrDefault("cleanup.policy") == "compact" ? 1 + ctx.Random.Next(5) : 1;
        }

        offsets.Reverse();
        for (var i = 0; i < offsets.Count; i++)
        {
            var at = offsets[i];
            // Older offsets are older; the jitter stays below half an interval so that order holds. Kafka keeps milliseconds.
            var ageMs = (partition.LogEndOffset - at) * intervalMs + ctx.Random.NextDouble() * intervalMs / 2;
            var timestamp = DateTimeOffset.FromUnixTimeMilliseconds(GenerationContext.Now.ToUnixTimeMilliseconds() - (long)ageMs);
            var writer = writers.Count == 0 ? null : writers[(int)(at % writers.Count)];
            var context = ctx.Values.NewContext(storeId ?? ctx.Pick(ctx.Stores).Alias, timestamp, at);
            // The oldest sample of a partition may predate the latest schema version.
            var version = plan.Value is null ? 1 : Math.Max(1, plan.Value.Subject.Versions.Count - (i == 0 && offsets.Count > 1 ? 1 : 0));
            partition.Records.Add(Record(ctx, plan, writer, context, version, at));
        }
    }

    private static SampleRecord Record(GenerationContext ctx, TopicPlan plan, AppPlan? writer, RecordContext context, int version, long offset)
    {
        var record = new SampleRecord { Offset = offset, Timestamp = context.Timestamp };
        Dictionary<string, object?>? value = null;
        if (plan.Value?.Record is { } spec)
        {
            var schema = plan.Value.Subject.Versions[version - 1];
            value = ctx.Values.Create(spec, schema.Version, context);
            record.Value = Frame(plan.Value.Format, schema.Id, spec, schema.Version, value);
        }
        else if (plan.PlainJson is { } json)
        {
            value = ctx.Values.Create(json, 1, context);
            if (plan.Role == TopicRole.DeadLetter) value["originalTopic"] = DeadLetterSource(writer);
            record.Value = JsonValueEncoder.Encode(json, 1, value);
        }

        record.Key = Key(ctx, plan, value, context);
        Headers(ctx, plan, writer, record);
        return record;
    }

    private static byte[] Frame(string format, int id, RecordSpec spec, int version, Dictionary<string, object?> value) => format switch
    {
        SchemaFormat.Avro => ConfluentWireFormat.Frame(id, AvroBinaryEncoder.Encode(spec, version, value)),
        SchemaFormat.Json => ConfluentWireFormat.Frame(id, JsonValueEncoder.Encode(spec, version, value)),
        SchemaFormat.Protobuf => ConfluentWireFormat.Frame(id, ProtobufEncoder.Encode(spec, version, value), ConfluentWireFormat.FirstProtobufMessage),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    private static byte[]? Key(GenerationContext ctx, TopicPlan plan, Dictionary<string, object?>? value, RecordContext context)
    {
        if (plan.Key == KeyKind.None) return null;
        // The key is the value's identity: its first string field.
        var text = value?.Values.OfType<string>().FirstOrDefault() ?? context.Article.Id;
        if (plan.KeySchema is not { } key) return Encoding.UTF8.GetBytes(text);
        var schema = key.Latest;
        if (key.Record is null) return ConfluentWireFormat.Frame(schema.Id, AvroBinaryEncoder.EncodeString(text));
        var keyValue = ctx.Values.Create(key.Record, schema.Version, context);
        foreach (var field in key.Record.Fields)
        {
            if (value is not null && value.TryGetValue(field.Name, out var same) && same is not null) keyValue[field.Name] = same;
        }

        return ConfluentWireFormat.Frame(schema.Id, AvroBinaryEncoder.Encode(key.Record, schema.Version, keyValue));
    }

    private static void Headers(GenerationContext ctx, TopicPlan plan, AppPlan? writer, SampleRecord record)
    {
        if (writer?.App.ProducerHeader is { } app)
        {
            record.Headers.Add(Header(AppHeader, app));
            record.Headers.Add(Header("traceparent", $"00-{Pools.Hex(ctx.Random, 32)}-{Pools.Hex(ctx.Random, 16)}-01"));
        }

        if (plan.Role != TopicRole.DeadLetter || writer is null) return;
        if (writer.App.Kind == ApplicationKind.ConnectSink)
        {
            // What Connect writes with errors.deadletterqueue.context.headers.enable=true.
            var failed = ctx.Pick(writer.App.Inputs);
            record.Headers.Add(Header("__connect.errors.topic", failed));
            record.Headers.Add(Header("__connect.errors.partition", "0"));
            record.Headers.Add(Header("__connect.errors.offset", (record.Offset * 7 + 3).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            record.Headers.Add(Header("__connect.errors.connector.name", writer.App.Name));
            record.Headers.Add(Header("__connect.errors.stage", "VALUE_CONVERTER"));
            record.Headers.Add(Header("__connect.errors.exception.class.name", "org.apache.kafka.connect.errors.DataException"));
            record.Headers.Add(Header("__connect.errors.exception.message", "Failed to deserialize data to Avro"));
        }
        else
        {
            record.Headers.Add(Header("dlq.original.topic", DeadLetterSource(writer)));
            record.Headers.Add(Header("dlq.reason", "validation failed"));
        }
    }

    private static string DeadLetterSource(AppPlan? writer) => writer?.App.Inputs.FirstOrDefault() ?? "unknown";

    private static SampleHeader Header(string key, string value) => new() { Key = key, Value = Encoding.UTF8.GetBytes(value) };
}
