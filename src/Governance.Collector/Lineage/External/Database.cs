using System.Globalization;
using System.Text.RegularExpressions;

namespace Governance.Collector.Lineage.External;

/// <summary>
/// A relational database as OpenLineage names it: namespace <c>{scheme}://{host}:{port}</c> and
/// dataset names <c>{database}.{schema}.{table}</c> (<c>{database}.{table}</c> for MySQL, which has
/// no schemas). See the OpenLineage naming spec.
/// </summary>
internal sealed partial record Database(string Scheme, string Host, int Port, string? Name)
{
    public string Namespace => string.Create(CultureInfo.InvariantCulture, $"{Scheme}://{Host}:{Port}");

    /// <summary>
    /// The dataset name of a table written as <c>table</c>, <c>schema.table</c> or <c>catalog.schema.table</c>
    /// (MySQL: <c>table</c> or <c>database.table</c>); null when the database is unknown and needed.
    /// </summary>
    public string? TableName(string qualified)
    {
        var parts = qualified.Split('.').Select(p => p.Trim().Trim('"', '`', '[', ']')).ToArray();
        if (parts.Length == 0 || parts.Any(p => p.Length == 0))
        {
            return null;
        }

        if (Scheme == "mysql")
        {
            return parts.Length switch
            {
                1 when Name is not null => $"{Name}.{parts[0]}",
                2 => $"{parts[0]}.{parts[1]}",
                _ => null,
            };
        }

        // Schema-qualified systems: a bare table lives in the default schema; the database comes from the
        // connection (a catalog part in the name, where the dialect allows one, must be that same database).
        var table = parts[^1];
        var schema = parts.Length >= 2 ? parts[^2] : DefaultSchema;
        return Name is null || schema is null ? null : $"{Name}.{schema}.{table}";
    }

    private string? DefaultSchema => Scheme switch
    {
        "postgres" => "public",
        "sqlserver" => "dbo",
        _ => null,
    };

    /// <summary>Parses a JDBC URL: <c>jdbc:postgresql://h:p/db</c>, <c>jdbc:mysql://h:p/db</c>, <c>jdbc:sqlserver://h:p;databaseName=db</c>.</summary>
    public static Database? FromJdbcUrl(string? url)
    {
        var match = url is null ? Match.Empty : JdbcUrlPattern().Match(url.Trim());
        if (!match.Success || SchemeOf(match.Groups["sub"].Value) is not { } scheme)
        {
            return null;
        }

        // Several hosts (a failover list) name one database; the first is its address.
        var address = match.Groups["authority"].Value.Split(',')[0];
        var colon = address.LastIndexOf(':');
        var host = colon > 0 ? address[..colon] : address;
        var port = DefaultPort(scheme);
        if (colon > 0 && !int.TryParse(address[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out port))
        {
            return null;
        }

        var name = match.Groups["db"].Value is { Length: > 0 } db ? db : null;
        if (scheme == "sqlserver")
        {
            var property = SqlServerDatabase().Match(url!);
            name = property.Success ? property.Groups[1].Value.Trim() : null;
        }

        return host.Length == 0 ? null : new Database(scheme, host.ToLowerInvariant(), port, name);
    }

    /// <summary>The OpenLineage scheme of a JDBC sub-protocol or Debezium connector family.</summary>
    public static string? SchemeOf(string family) => family.ToLowerInvariant() switch
    {
        "postgresql" or "postgres" => "postgres",
        "mysql" or "mariadb" => "mysql",
        "sqlserver" => "sqlserver",
        _ => null,
    };

    public static int DefaultPort(string scheme) => scheme switch
    {
        "postgres" => 5432,
        "mysql" => 3306,
        "sqlserver" => 1433,
        _ => 0,
    };

    [GeneratedRegex(@"^jdbc:(?<sub>[a-z0-9]+)://(?<authority>[^/;?]+)(?:/(?<db>[^?;/]*))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JdbcUrlPattern();

    [GeneratedRegex(@";\s*database(?:Name)?\s*=\s*([^;]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SqlServerDatabase();
}
