using System.Globalization;
using System.Text.RegularExpressions;

namespace Governance.Collector.Configuration;

/// <summary>
/// Checks a collector configuration and explains every problem it finds, each named by its path,
/// before anything connects anywhere (<c>collector validate-config</c>, and at start-up).
/// </summary>
public static partial class ConfigValidator
{
    private static readonly string[] KnownSections = ["Clusters", "Portal", "Transport", "Outbox", "Scan", "Sampling", "Lineage", "Emission", "Lag", "Logging"];
    private static readonly string[] TransportTypes = ["Http", "Console", "File"];
    private static readonly string[] SecurityProtocols = ["plaintext", "ssl", "sasl_plaintext", "sasl_ssl"];
    private static readonly string[] SaslMechanisms = ["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "OAUTHBEARER", "GSSAPI"];

    public static IReadOnlyList<ConfigProblem> Validate(IConfiguration configuration)
    {
        var problems = new List<ConfigProblem>();
        UnknownSections(configuration, problems);
        var aliases = Clusters(configuration.GetSection("Clusters"), problems);
        Transport(configuration, problems);
        Scan(configuration, problems);
        Lineage(configuration.GetSection("Lineage"), aliases, problems);
        return problems;
    }

    private static void UnknownSections(IConfiguration configuration, List<ConfigProblem> problems)
    {
        foreach (var section in configuration.GetChildren())
        {
            // Environment variables of the host (PATH, HOME...) are not part of the file's vocabulary.
            if (section.Value is not null || KnownSections.Contains(section.Key, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var guess = KnownSections.FirstOrDefault(k => Distance(k.ToLowerInvariant(), section.Key.ToLowerInvariant()) <= 2);
            problems.Add(new ConfigProblem(section.Key, guess is null
                ? $"unknown section; expected one of {string.Join(", ", KnownSections)}"
                : $"unknown section; did you mean '{guess}'?"));
        }
    }

    private static List<string> Clusters(IConfigurationSection clusters, List<ConfigProblem> problems)
    {
        var aliases = new List<string>();
        var items = clusters.GetChildren().ToList();
        if (items.Count == 0)
        {
            problems.Add(new ConfigProblem("Clusters", "at least one cluster is required (Alias and BootstrapServers)"));
            return aliases;
        }

        foreach (var cluster in items)
        {
            var path = cluster.Path;
            var alias = cluster["Alias"];
            if (string.IsNullOrWhiteSpace(alias))
            {
                problems.Add(new ConfigProblem($"{path}:Alias", "required: a short name such as 'cloud' or 'store-0042'"));
            }
            else if (!AliasPattern().IsMatch(alias))
            {
                problems.Add(new ConfigProblem($"{path}:Alias", $"'{alias}' must be lower-case letters, digits, '.', '_' or '-'"));
            }
            else if (aliases.Contains(alias))
            {
                problems.Add(new ConfigProblem($"{path}:Alias", $"'{alias}' is used by another cluster"));
            }
            else
            {
                aliases.Add(alias);
            }

            BootstrapServers(cluster, problems);
            Security(cluster.GetSection("Settings"), problems);
            HttpEndpoint(cluster.GetSection("SchemaRegistry"), required: false, problems);
            HttpEndpoint(cluster.GetSection("Connect"), required: false, problems);
        }

        return aliases;
    }

    private static void BootstrapServers(IConfigurationSection cluster, List<ConfigProblem> problems)
    {
        var path = $"{cluster.Path}:BootstrapServers";
        var value = cluster["BootstrapServers"];
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new ConfigProblem(path, "required: comma-separated host:port list, e.g. 'broker-1:9092,broker-2:9092'"));
            return;
        }

        foreach (var server in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = server.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(server[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            {
                problems.Add(new ConfigProblem(path, $"'{server}' is not host:port with a port from 1 to 65535"));
            }
        }
    }

    private static void Security(IConfigurationSection settings, List<ConfigProblem> problems)
    {
        if (settings["bootstrap.servers"] is not null)
        {
            problems.Add(new ConfigProblem($"{settings.Path}:bootstrap.servers", "set BootstrapServers on the cluster instead"));
        }

        var protocol = settings["security.protocol"];
        if (protocol is not null && !SecurityProtocols.Contains(protocol, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add(new ConfigProblem($"{settings.Path}:security.protocol", $"'{protocol}' is not one of {string.Join(", ", SecurityProtocols)}"));
        }

        var mechanism = settings["sasl.mechanism"] ?? settings["sasl.mechanisms"];
        if (mechanism is null)
        {
            return;
        }

        if (!SaslMechanisms.Contains(mechanism, StringComparer.Ordinal))
        {
            problems.Add(new ConfigProblem($"{settings.Path}:sasl.mechanism", $"'{mechanism}' is not one of {string.Join(", ", SaslMechanisms)}"));
        }
        else if (mechanism is "PLAIN" or "SCRAM-SHA-256" or "SCRAM-SHA-512")
        {
            foreach (var key in new[] { "sasl.username", "sasl.password" }.Where(k => string.IsNullOrEmpty(settings[k])))
            {
                // Never echo the value: it may be a secret.
                problems.Add(new ConfigProblem($"{settings.Path}:{key}", $"required with sasl.mechanism {mechanism}"));
            }
        }

        if (protocol is null || !protocol.StartsWith("sasl", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new ConfigProblem($"{settings.Path}:security.protocol", "must be sasl_plaintext or sasl_ssl when a SASL mechanism is set"));
        }
    }

    private static void HttpEndpoint(IConfigurationSection section, bool required, List<ConfigProblem> problems)
    {
        if (!section.Exists())
        {
            if (required)
            {
                problems.Add(new ConfigProblem(section.Path, "required"));
            }

            return;
        }

        var url = section["Url"];
        if (string.IsNullOrWhiteSpace(url))
        {
            problems.Add(new ConfigProblem($"{section.Path}:Url", "required: an http:// or https:// address"));
        }
        else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            problems.Add(new ConfigProblem($"{section.Path}:Url", $"'{url}' is not an http:// or https:// address"));
        }
        else if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            problems.Add(new ConfigProblem($"{section.Path}:Url", "put credentials in Username and Password, not in the address"));
        }

        if (section["Username"] is { Length: > 0 } && string.IsNullOrEmpty(section["Password"]))
        {
            problems.Add(new ConfigProblem($"{section.Path}:Password", "required when Username is set"));
        }
    }

    private static void Transport(IConfiguration configuration, List<ConfigProblem> problems)
    {
        var type = configuration["Transport:Type"] ?? "Http";
        if (!TransportTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add(new ConfigProblem("Transport:Type", $"'{type}' is not one of {string.Join(", ", TransportTypes)}"));
            return;
        }

        if (type.Equals("File", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(configuration["Transport:Path"]))
        {
            problems.Add(new ConfigProblem("Transport:Path", "required when Transport:Type is File"));
        }

        if (type.Equals("Http", StringComparison.OrdinalIgnoreCase))
        {
            HttpEndpoint(configuration.GetSection("Portal"), required: true, problems);
            if (string.IsNullOrWhiteSpace(configuration["Portal:ApiKey"]))
            {
                problems.Add(new ConfigProblem("Portal:ApiKey", "required: the portal's ingestion API key"));
            }
        }
    }

    private static void Scan(IConfiguration configuration, List<ConfigProblem> problems)
    {
        if (configuration["Scan:Interval"] is { } interval
            && (!TimeSpan.TryParse(interval, CultureInfo.InvariantCulture, out var value) || value < TimeSpan.FromSeconds(5)))
        {
            problems.Add(new ConfigProblem("Scan:Interval", $"'{interval}' must be a duration of at least 00:00:05 (hh:mm:ss)"));
        }

        foreach (var key in new[] { "RecordsPerPartition", "MaxPartitionsPerTopic" })
        {
            if (configuration[$"Sampling:{key}"] is { } text && (!int.TryParse(text, CultureInfo.InvariantCulture, out var number) || number < 0))
            {
                problems.Add(new ConfigProblem($"Sampling:{key}", $"'{text}' must be a whole number, 0 or more"));
            }
        }
    }

    private static void Lineage(IConfigurationSection lineage, List<string> aliases, List<ConfigProblem> problems)
    {
        foreach (var declared in lineage.GetSection("DeclaredProducers").GetChildren())
        {
            if (string.IsNullOrWhiteSpace(declared["Application"]))
            {
                problems.Add(new ConfigProblem($"{declared.Path}:Application", "required: the producing application's name"));
            }

            var cluster = declared["Cluster"];
            if (string.IsNullOrWhiteSpace(cluster) || !aliases.Contains(cluster))
            {
                problems.Add(new ConfigProblem($"{declared.Path}:Cluster", $"'{cluster}' is not the alias of a configured cluster ({string.Join(", ", aliases)})"));
            }

            if (!declared.GetSection("Topics").GetChildren().Any())
            {
                problems.Add(new ConfigProblem($"{declared.Path}:Topics", "at least one topic is required"));
            }
        }
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex AliasPattern();
}
