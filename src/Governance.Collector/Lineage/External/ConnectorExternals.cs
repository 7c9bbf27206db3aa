using System.Globalization;
using System.Text.RegularExpressions;
using Governance.Model.Platform;

namespace Governance.Collector.Lineage.External;

/// <summary>
/// The external datasets (tables, buckets, indices) of the connector classes whose configuration
/// names them: JDBC sinks and sources (Confluent and Debezium JDBC), Debezium CDC sources, S3 and
/// GCS sinks, Elasticsearch sinks. Other classes get topic edges only: nothing is guessed.
/// </summary>
internal static partial class ConnectorExternals
{
    /// <summary>What a sink writes for each topic it reads.</summary>
    public static IEnumerable<ExternalDataset> SinkOutputs(ConnectorInfo connector, IEnumerable<string> topics)
    {
        var config = connector.Config;
        if (Has(connector, "JdbcSinkConnector") && Database.FromJdbcUrl(config.GetValueOrDefault("connection.url")) is { } database)
        {
            var format = config.GetValueOrDefault("table.name.format") ?? "${topic}";
            foreach (var topic in topics)
            {
                if (TopicRouting.Route(connector, topic) is { } routed
                    && database.TableName(format.Replace("${topic}", routed, StringComparison.Ordinal)) is { } table)
                {
                    yield return new(new DatasetRef(database.Namespace, table),
                        $"connection.url={Redact(config["connection.url"])}, table.name.format={format}{TopicRouting.Describe(connector)}");
                }
            }
        }
        else if (Bucket(connector) is { } bucket)
        {
            // Object-store sinks write <topics.dir>/<topic>/<partitioning>/...: the topic's directory is the dataset.
            var directory = (config.GetValueOrDefault("topics.dir") ?? "topics").Trim('/');
            foreach (var topic in topics)
            {
                yield return new(new DatasetRef(bucket.Namespace, $"{directory}/{topic}"), $"{bucket.Key}={bucket.Name}, topics.dir={directory}");
            }
        }
        else if (Has(connector, "ElasticsearchSinkConnector") && HttpEndpoint(config.GetValueOrDefault("connection.url")) is { } endpoint)
        {
            foreach (var topic in topics)
            {
                if (TopicRouting.Route(connector, topic) is { } index)
                {
                    // Elasticsearch index names are lower case; the connector lower-cases the topic.
                    yield return new(new DatasetRef($"elasticsearch://{endpoint}", index.ToLowerInvariant()),
                        $"connection.url={endpoint}, index from topic{TopicRouting.Describe(connector)}");
                }
            }
        }
    }

    /// <summary>What a source reads.</summary>
    public static IEnumerable<ExternalDataset> SourceInputs(ConnectorInfo connector) =>
        Debezium(connector) is { } cdc
            ? cdc.Tables.Select(t => new ExternalDataset(t.Dataset, t.Because))
            : JdbcSource(connector) is { } jdbc
                ? jdbc.Tables.Select(t => new ExternalDataset(t.Dataset, t.Because))
                : [];

    /// <summary>Topics a source's configuration says it writes (they still must exist to become edges).</summary>
    public static IEnumerable<(string Topic, string Because)> SourceTopics(ConnectorInfo connector)
    {
        if (Debezium(connector) is { } cdc)
        {
            return cdc.Tables.Select(t => (t.Topic, t.Because));
        }

        if (JdbcSource(connector) is { } jdbc)
        {
            // In query mode every table feeds the one topic.
            return connector.Config.GetValueOrDefault("query") is { Length: > 0 }
                ? jdbc.Tables.Take(1).Select(t => (t.Topic, $"topic.prefix={t.Topic} (query mode)"))
                : jdbc.Tables.Select(t => (t.Topic, t.Because));
        }

        // FileStreamSource and many community sources name their single topic so.
        return new[] { "topic", "kafka.topic" }
            .Where(connector.Config.ContainsKey)
            .Select(key => (connector.Config[key].Trim(), $"{key}={connector.Config[key].Trim()}"));
    }

    private sealed record SourceTable(DatasetRef Dataset, string Topic, string Because);

    private sealed record SourceTables(IReadOnlyList<SourceTable> Tables);

    /// <summary>Debezium relational connectors: one table per literal <c>table.include.list</c> entry, topic <c>&lt;prefix&gt;.&lt;schema&gt;.&lt;table&gt;</c>.</summary>
    private static SourceTables? Debezium(ConnectorInfo connector)
    {
        const string Package = "io.debezium.connector.";
        if (!connector.Class.StartsWith(Package, StringComparison.Ordinal) || Has(connector, "JdbcSinkConnector"))
        {
            return null;
        }

        var config = connector.Config;
        var family = connector.Class[Package.Length..].Split('.')[0];
        if (Database.SchemeOf(family) is not { } scheme || config.GetValueOrDefault("database.hostname") is not { } host)
        {
            return null;
        }

        var port = int.TryParse(config.GetValueOrDefault("database.port"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : Database.DefaultPort(scheme);
        var name = scheme == "sqlserver"
            ? JavaPatterns.SplitList(config.GetValueOrDefault("database.names") ?? config.GetValueOrDefault("database.dbname")).FirstOrDefault()
            : config.GetValueOrDefault("database.dbname");
        var database = new Database(scheme, host.Trim().ToLowerInvariant(), port, name);
        var prefix = config.GetValueOrDefault("topic.prefix") ?? config.GetValueOrDefault("database.server.name");
        var listKey = config.ContainsKey("table.include.list") ? "table.include.list" : "table.whitelist";
        var tables = new List<SourceTable>();
        foreach (var entry in JavaPatterns.SplitList(config.GetValueOrDefault(listKey)))
        {
            // A regex entry names tables only the database knows: no edge rather than a guess.
            if (JavaPatterns.Unescape(entry) is not { } literal || database.TableName(literal) is not { } table)
            {
                continue;
            }

            var topic = prefix is null ? "" : scheme == "sqlserver" ? $"{prefix}.{name}.{literal}" : $"{prefix}.{literal}";
            tables.Add(new SourceTable(new DatasetRef(database.Namespace, table), topic,
                $"database.hostname={database.Host}, database.port={port}{(name is null ? "" : $", database.dbname={name}")}, {listKey}={entry}"));
        }

        return new SourceTables(tables);
    }

    /// <summary>
    /// JDBC source: in query mode the tables after FROM/JOIN and the topic <c>topic.prefix</c>; in table
    /// mode each listed table and the topic <c>topic.prefix + table</c>.
    /// </summary>
    private static SourceTables? JdbcSource(ConnectorInfo connector)
    {
        var config = connector.Config;
        if (!Has(connector, "JdbcSourceConnector") || Database.FromJdbcUrl(config.GetValueOrDefault("connection.url")) is not { } database)
        {
            return null;
        }

        var url = Redact(config["connection.url"]);
        var prefix = config.GetValueOrDefault("topic.prefix") ?? "";
        if (config.GetValueOrDefault("query") is { Length: > 0 } query)
        {
            return new SourceTables(QueryTables().Matches(query)
                .Select(m => m.Groups[1].Value)
                .Distinct(StringComparer.Ordinal)
                .Select(t => database.TableName(t) is { } table
                    ? new SourceTable(new DatasetRef(database.Namespace, table), prefix, $"connection.url={url}, query reads {t}")
                    : null)
                .OfType<SourceTable>()
                .ToList());
        }

        var listKey = config.ContainsKey("table.include.list") ? "table.include.list" : "table.whitelist";
        return new SourceTables(JavaPatterns.SplitList(config.GetValueOrDefault(listKey))
            .Select(t => database.TableName(t) is { } table
                ? new SourceTable(new DatasetRef(database.Namespace, table), prefix + t.Split('.')[^1], $"connection.url={url}, {listKey}={t}")
                : null)
            .OfType<SourceTable>()
            .ToList());
    }

    private sealed record BucketInfo(string Namespace, string Key, string Name);

    private static BucketInfo? Bucket(ConnectorInfo connector)
    {
        (string Class, string Key, string Scheme)[] stores = [("S3SinkConnector", "s3.bucket.name", "s3"), ("GcsSinkConnector", "gcs.bucket.name", "gs")];
        foreach (var (type, key, scheme) in stores)
        {
            if (Has(connector, type) && connector.Config.GetValueOrDefault(key) is { Length: > 0 } bucket)
            {
                return new BucketInfo($"{scheme}://{bucket.Trim()}", key, bucket.Trim());
            }
        }

        return null;
    }

    /// <summary><c>host:port</c> of the first URL of a list, without credentials.</summary>
    private static string? HttpEndpoint(string? urls)
    {
        var first = JavaPatterns.SplitList(urls).FirstOrDefault();
        return first is not null && Uri.TryCreate(first, UriKind.Absolute, out var uri)
            ? string.Create(CultureInfo.InvariantCulture, $"{uri.Host.ToLowerInvariant()}:{uri.Port}")
            : null;
    }

    private static bool Has(ConnectorInfo connector, string classSuffix) =>
        connector.Class.EndsWith(classSuffix, StringComparison.Ordinal);

    /// <summary>A JDBC URL without its properties, which may carry credentials (<c>?password=</c>, <c>;password=</c>).</summary>
    private static string Redact(string url)
    {
        var end = url.IndexOfAny(['?', ';']);
        return end < 0 ? url : url[..end];
    }

    [GeneratedRegex(@"\b(?:FROM|JOIN)\s+((?:""[^""]+""|[A-Za-z_][\w$]*)(?:\.(?:""[^""]+""|[A-Za-z_][\w$]*)){0,2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QueryTables();
}
