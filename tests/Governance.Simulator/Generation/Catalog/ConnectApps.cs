using System.Text.RegularExpressions;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Generation.Catalog;

/// <summary>
/// Kafka Connect applications: each is a connector on the Connect cluster next to its Kafka cluster,
/// with the configuration the real connector class takes, and a ground-truth application entry.
/// MirrorMaker 2 flows run as connectors on the cloud Connect cluster.
/// </summary>
internal sealed partial class ConnectApps(GenerationContext ctx, AppFactory apps)
{
    private const string AvroConverter = "io.confluent.connect.avro.AvroConverter";
    private const string ByteArrayConverter = "org.apache.kafka.connect.converters.ByteArrayConverter";

    /// <summary>The warehouse table a topic lands in: the same mapping as the sink's RegexRouter.</summary>
    public static string WarehouseTable(string topic)
    {
        var match = TableRegex().Match(topic);
        return match.Success ? $"{match.Groups[1].Value}_{match.Groups[2].Value}_v{match.Groups[3].Value}" : topic;
    }

    [GeneratedRegex("^([a-z0-9-]+)\\.([a-z0-9-]+)\\.v([0-9]+)$")]
    private static partial Regex TableRegex();

    public AppPlan JdbcSink(ClusterScenario cluster, string name, IEnumerable<string> topics, string? deadLetterTopic, string? fixedTable = null, int tasks = 2)
    {
        var inputs = apps.Existing(cluster, topics);
        var outputs = deadLetterTopic is null ? [] : apps.Existing(cluster, [deadLetterTopic]);
        var config = Config(name, "io.confluent.connect.jdbc.JdbcSinkConnector", tasks);
        config["topics"] = string.Join(",", inputs);
        config["connection.url"] = "jdbc:postgresql://warehouse.retail.internal:5432/dwh";
        config["connection.user"] = "connect_writer";
        config["connection.password"] = "${file:/opt/connect/secrets/warehouse.properties:password}";
        config["insert.mode"] = "upsert";
        config["pk.mode"] = "record_key";
        config["auto.create"] = "true";
        config["auto.evolve"] = "true";
        if (fixedTable is null)
        {
            config["table.name.format"] = "dwh.${topic}";
            config["transforms"] = "toTable";
            config["transforms.toTable.type"] = "org.apache.kafka.connect.transforms.RegexRouter";
            config["transforms.toTable.regex"] = TableRegex().ToString().Trim('^', '$');
            config["transforms.toTable.replacement"] = "$1_$2_v$3";
        }
        else
        {
            config["table.name.format"] = $"dwh.{fixedTable}";
        }

        AvroConverters(config);
        DeadLetter(config, deadLetterTopic);
        var external = fixedTable is null
            ? inputs.Select(t => $"postgres://warehouse/dwh.{WarehouseTable(t)}").ToList()
            : [$"postgres://warehouse/dwh.{fixedTable}"];
        return Sink(cluster, name, config, inputs, outputs, external, tasks);
    }

    public AppPlan S3Sink(ClusterScenario cluster, string name, IEnumerable<string> topics, string bucket, int tasks, int failedTask)
    {
        var inputs = apps.Existing(cluster, topics);
        var config = Config(name, "io.confluent.connect.s3.S3SinkConnector", tasks);
        config["topics"] = string.Join(",", inputs);
        config["s3.bucket.name"] = bucket;
        config["s3.region"] = "eu-central-1";
        config["topics.dir"] = "raw";
        config["storage.class"] = "io.confluent.connect.s3.storage.S3Storage";
        config["format.class"] = "io.confluent.connect.s3.format.parquet.ParquetFormat";
        config["partitioner.class"] = "io.confluent.connect.storage.partitioner.TimeBasedPartitioner";
        config["path.format"] = "'year'=YYYY/'month'=MM/'day'=dd";
        config["flush.size"] = "10000";
        config["key.converter"] = "org.apache.kafka.connect.storage.StringConverter";
        config["value.converter"] = "io.confluent.connect.protobuf.ProtobufConverter";
        config["value.converter.schema.registry.url"] = SymbolicEndpoints.SchemaRegistryUrl;
        var plan = Sink(cluster, name, config, inputs, [], inputs.Select(t => $"s3://{bucket}/raw/{t}").ToList(), tasks);
        // One task died on a throttled upload and was never restarted: the connector keeps running degraded.
        var task = plan.Connector!.Tasks[failedTask];
        task.State = "FAILED";
        task.Trace = "org.apache.kafka.connect.errors.ConnectException: Multipart upload failed to complete.\n"
            + "\tat io.confluent.connect.s3.storage.S3OutputStream.commit(S3OutputStream.java:164)\n"
            + "Caused by: com.amazonaws.services.s3.model.AmazonS3Exception: Slow Down (Service: Amazon S3; Status Code: 503; Error Code: SlowDown)";
        return plan;
    }

    public AppPlan JdbcSource(ClusterScenario cluster, string name, string topic, string database, string table)
    {
        var outputs = apps.Existing(cluster, [topic]);
        var config = Config(name, "io.confluent.connect.jdbc.JdbcSourceConnector", 1);
        config["connection.url"] = $"jdbc:postgresql://{database}.retail.internal:5432/{database.Split('-')[0]}";
        config["connection.user"] = "connect_reader";
        config["connection.password"] = $"${{file:/opt/connect/secrets/{database}.properties:password}}";
        config["mode"] = "timestamp+incrementing";
        config["timestamp.column.name"] = "updated_at";
        config["incrementing.column.name"] = "id";
        // Query mode: the topic name is the prefix itself.
        config["query"] = $"SELECT * FROM {table}";
        config["topic.prefix"] = topic;
        config["poll.interval.ms"] = "60000";
        AvroConverters(config);
        return Source(cluster, name, config, outputs, [$"postgres://{database}/{database.Split('-')[0]}.{table}"], 1);
    }

    public AppPlan Debezium(ClusterScenario cluster, string name, string topicPrefix, string database, string schema, string table)
    {
        var topic = $"{topicPrefix}.{schema}.{table}";
        var outputs = apps.Existing(cluster, [topic]);
        var host = $"{database}.{cluster.Alias}.retail.internal";
        var config = Config(name, "io.debezium.connector.postgresql.PostgresConnector", 1);
        config["database.hostname"] = host;
        config["database.port"] = "5432";
        config["database.user"] = "debezium";
        config["database.password"] = "${file:/opt/connect/secrets/pos-db.properties:password}";
        config["database.dbname"] = "pos";
        config["topic.prefix"] = topicPrefix;
        config["table.include.list"] = $"{schema}.{table}";
        config["plugin.name"] = "pgoutput";
        config["slot.name"] = $"debezium_{cluster.Alias.Replace('-', '_')}";
        AvroConverters(config);
        return Source(cluster, name, config, outputs, [$"postgres://{database}.{cluster.Alias}/pos.{schema}.{table}"], 1);
    }

    /// <summary>
    /// A MirrorMaker 2 flow from a store to the cloud: the replicas <c>&lt;alias&gt;.&lt;topic&gt;</c> on the cloud,
    /// the MM2 internal topics, and the source, checkpoint and heartbeat connectors on the cloud Connect cluster.
    /// Only the source connector moves business data, so only it is a ground-truth application.
    /// </summary>
    public AppPlan Mirror(ClusterScenario edge, IReadOnlyList<string> topics, IReadOnlyList<string> groups)
    {
        var cloud = ctx.Cloud;
        var sources = apps.Existing(edge, topics);
        var replicas = new List<string>();
        foreach (var topic in sources)
        {
            var source = ctx.Topic(edge, topic);
            var replica = TopicFactory.Create(ctx, cloud, $"{edge.Alias}.{topic}", new TopicSpec
            {
                Partitions = source.Topic.Partitions.Count,
                EventsPerDay = source.EventsPerDay,
                RetentionDays = 30,
                Role = TopicRole.Mirror,
                Domain = source.Domain,
                Owner = source.Owner,
                Key = source.Key,
                MirrorOf = source,
            });
            // Replicated bytes keep the source's schema ids; no subject exists under the replica's name.
            replica.Value = source.Value;
            replica.KeySchema = source.KeySchema;
            replicas.Add(replica.Name);
        }

        Infrastructure(edge, $"mm2-offset-syncs.{cloud.Alias}.internal", 1, compacted: true);
        Infrastructure(cloud, $"{edge.Alias}.checkpoints.internal", 1, compacted: true);
        if (ctx.FindTopic(cloud, "heartbeats") is null) Infrastructure(cloud, "heartbeats", 1, compacted: false);

        var name = $"mm2-{edge.Alias}";
        var config = MirrorConfig($"{name}-source", "org.apache.kafka.connect.mirror.MirrorSourceConnector", edge, 2);
        config["topics"] = string.Join(",", sources);
        config["replication.factor"] = "3";
        config["offset-syncs.topic.location"] = "source";
        config["sync.topic.configs.enabled"] = "true";
        config["sync.topic.acls.enabled"] = "false";
        var connector = Connector(cloud, $"{name}-source", "source", config, replicas, 2);

        var checkpoint = MirrorConfig($"{name}-checkpoint", "org.apache.kafka.connect.mirror.MirrorCheckpointConnector", edge, 1);
        checkpoint["groups"] = string.Join(",", groups);
        checkpoint["emit.checkpoints.interval.seconds"] = "60";
        checkpoint["sync.group.offsets.enabled"] = "false";
        Connector(cloud, $"{name}-checkpoint", "source", checkpoint, [$"{edge.Alias}.checkpoints.internal"], 1);

        var heartbeat = MirrorConfig($"{name}-heartbeat", "org.apache.kafka.connect.mirror.MirrorHeartbeatConnector", edge, 1);
        heartbeat["emit.heartbeats.interval.seconds"] = "5";
        Connector(cloud, $"{name}-heartbeat", "source", heartbeat, ["heartbeats"], 1);

        return ctx.Add(new AppPlan
        {
            App = new ApplicationScenario
            {
                Name = name,
                Kind = ApplicationKind.Mirror,
                Cluster = cloud.Alias,
                Principal = "User:mirror-maker",
                ClientId = $"connector-producer-{name}-source-0",
                Inputs = sources.Select(t => $"{edge.Alias}/{t}").ToList(),
                Outputs = replicas,
            },
            RemoteInputs = sources.Select(t => (edge, t)).ToList(),
            Connector = connector,
        });
    }

    public void Infrastructure(ClusterScenario cluster, string name, int partitions, bool compacted) =>
        TopicFactory.Create(ctx, cluster, name, new TopicSpec
        {
            Partitions = partitions,
            EventsPerDay = compacted ? 500 : 17_280,
            Compacted = compacted,
            RetentionDays = compacted ? null : 1,
            Role = TopicRole.Infrastructure,
            Key = KeyKind.None,
        });

    private Dictionary<string, string> MirrorConfig(string name, string connectorClass, ClusterScenario edge, int tasks)
    {
        var config = Config(name, connectorClass, tasks);
        config["source.cluster.alias"] = edge.Alias;
        config["target.cluster.alias"] = ctx.Cloud.Alias;
        config["source.cluster.bootstrap.servers"] = SymbolicEndpoints.Bootstrap(edge.Alias);
        config["target.cluster.bootstrap.servers"] = SymbolicEndpoints.Bootstrap(ctx.Cloud.Alias);
        config["replication.policy.class"] = "org.apache.kafka.connect.mirror.DefaultReplicationPolicy";
        config["key.converter"] = ByteArrayConverter;
        config["value.converter"] = ByteArrayConverter;
        return config;
    }

    private AppPlan Sink(ClusterScenario cluster, string name, Dictionary<string, string> config, List<string> inputs, List<string> outputs, List<string> external, int tasks)
    {
        var connector = Connector(cluster, name, "sink", config, inputs, tasks);
        return ctx.Add(new AppPlan
        {
            App = new ApplicationScenario
            {
                Name = name,
                Kind = ApplicationKind.ConnectSink,
                Cluster = cluster.Alias,
                // Sink tasks consume in the group connect-<connector name>.
                GroupId = $"connect-{name}",
                Principal = $"User:{name}",
                ClientId = $"connector-consumer-{name}-0",
                Inputs = inputs,
                Outputs = outputs,
                ExternalOutputs = external,
            },
            Group = GroupMode.Active,
            Instances = tasks,
            Connector = connector,
        });
    }

    private AppPlan Source(ClusterScenario cluster, string name, Dictionary<string, string> config, List<string> outputs, List<string> external, int tasks)
    {
        var connector = Connector(cluster, name, "source", config, outputs, tasks);
        return ctx.Add(new AppPlan
        {
            App = new ApplicationScenario
            {
                Name = name,
                Kind = ApplicationKind.ConnectSource,
                Cluster = cluster.Alias,
                Principal = $"User:{name}",
                ClientId = $"connector-producer-{name}-0",
                Outputs = outputs,
                ExternalInputs = external,
            },
            Connector = connector,
        });
    }

    private ConnectorScenario Connector(ClusterScenario cluster, string name, string type, Dictionary<string, string> config, List<string> topics, int tasks)
    {
        var connect = cluster.Connect ?? throw new InvalidOperationException($"'{cluster.Alias}' has no Connect cluster.");
        var workers = cluster.Role == ClusterRole.Cloud ? 3 : 1;
        var worker = 1 + ctx.Random.Next(workers);
        var connector = new ConnectorScenario
        {
            Name = name,
            Type = type,
            Class = config["connector.class"],
            Config = config,
            Topics = [.. topics],
            State = "RUNNING",
            WorkerId = SymbolicEndpoints.ConnectWorker(cluster.Alias, worker),
        };
        for (var i = 0; i < tasks; i++)
        {
            connector.Tasks.Add(new ConnectorTaskScenario
            {
                Id = i,
                State = "RUNNING",
                WorkerId = SymbolicEndpoints.ConnectWorker(cluster.Alias, (worker - 1 + i) % workers + 1),
            });
        }

        connect.Connectors.Add(connector);
        return connector;
    }

    private static Dictionary<string, string> Config(string name, string connectorClass, int tasks) => new(StringComparer.Ordinal)
    {
        ["connector.class"] = connectorClass,
        ["name"] = name,
        ["tasks.max"] = tasks.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static void AvroConverters(Dictionary<string, string> config)
    {
        config["key.converter"] = AvroConverter;
        config["key.converter.schema.registry.url"] = SymbolicEndpoints.SchemaRegistryUrl;
        config["value.converter"] = AvroConverter;
        config["value.converter.schema.registry.url"] = SymbolicEndpoints.SchemaRegistryUrl;
    }

    private static void DeadLetter(Dictionary<string, string> config, string? topic)
    {
        if (topic is null) return;
        config["errors.tolerance"] = "all";
        config["errors.deadletterqueue.topic.name"] = topic;
        config["errors.deadletterqueue.topic.replication.factor"] = "3";
        config["errors.deadletterqueue.context.headers.enable"] = "true";
    }
}
