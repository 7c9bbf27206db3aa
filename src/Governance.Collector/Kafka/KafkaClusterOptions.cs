using System.Text;
using System.Text.RegularExpressions;

namespace Governance.Collector.Kafka;

/// <summary>
/// How to reach one Kafka cluster. <see cref="Settings"/> is passed to librdkafka as is (security
/// settings such as <c>security.protocol</c>, <c>sasl.mechanism</c>, <c>sasl.username</c>,
/// <c>sasl.password</c>, <c>ssl.ca.location</c>, and client tuning such as <c>socket.timeout.ms</c>).
/// Secret values are never logged: <see cref="ToString"/> and every log line redact them (see
/// <see cref="SecretRedaction"/>).
/// </summary>
public sealed record KafkaClusterOptions
{
    /// <summary>Configured short name, unique across the platform, e.g. <c>cloud</c> or <c>store-0042</c>.</summary>
    public required string Alias { get; init; }

    /// <summary>Comma-separated <c>host:port</c> list.</summary>
    public required string BootstrapServers { get; init; }

    /// <summary>librdkafka properties passed through to every client of this cluster.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>The configured bootstrap servers, split and trimmed.</summary>
    public IReadOnlyList<string> BootstrapServerList =>
        BootstrapServers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Every problem of this configuration (empty when it is usable).</summary>
    public IReadOnlyList<string> Validate() => KafkaOptionsValidation.Validate(this);

    /// <summary>Throws <see cref="KafkaConfigurationException"/> listing every problem, if any.</summary>
    public void EnsureValid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new KafkaConfigurationException(Alias, errors);
        }
    }

    /// <summary>Alias, bootstrap servers and settings with secret values redacted.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("KafkaClusterOptions { Alias = ").Append(Alias)
            .Append(", BootstrapServers = ").Append(BootstrapServers)
            .Append(", Settings = { ");
        text.AppendJoin(", ", SecretRedaction.Redact(Settings).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} = {kv.Value}"));
        return text.Append(" } }").ToString();
    }
}

/// <summary>A cluster configuration the collector cannot use. The message never contains secret values.</summary>
public sealed class KafkaConfigurationException(string alias, IReadOnlyList<string> errors)
    : Exception($"Kafka cluster '{alias}' is misconfigured: {string.Join("; ", errors)}")
{
    /// <summary>The cluster alias.</summary>
    public string Alias { get; } = alias;

    /// <summary>Each problem found.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;
}

internal static partial class KafkaOptionsValidation
{
    /// <summary>Properties the collector sets itself; configuring them would change what the scan means.</summary>
    internal static readonly IReadOnlySet<string> ReservedSettings = new HashSet<string>(StringComparer.Ordinal)
    {
        "bootstrap.servers", "metadata.broker.list", "group.id", "enable.auto.commit", "enable.auto.offset.store",
        "enable.partition.eof", "auto.offset.reset", "group.protocol", "group.instance.id",
    };

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    internal static partial Regex AliasPattern();

    internal static IReadOnlyList<string> Validate(KafkaClusterOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Alias))
        {
            errors.Add("Alias is required");
        }
        else if (!AliasPattern().IsMatch(options.Alias))
        {
            errors.Add($"Alias '{options.Alias}' must be 1-100 characters of letters, digits, '.', '_' or '-'");
        }

        if (string.IsNullOrWhiteSpace(options.BootstrapServers))
        {
            errors.Add("BootstrapServers is required");
        }
        else
        {
            foreach (var server in options.BootstrapServerList)
            {
                if (!IsHostPort(server))
                {
                    errors.Add($"bootstrap server '{server}' is not host:port");
                }
            }
        }

        foreach (var (key, value) in options.Settings)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                errors.Add("a Settings key is empty");
            }
            else if (ReservedSettings.Contains(key))
            {
                errors.Add($"setting '{key}' is set by the collector and must not be configured (use BootstrapServers for the brokers)");
            }
            else if (value is null)
            {
                errors.Add($"setting '{key}' has no value");
            }
        }

        return errors;
    }

    /// <summary>Accepts <c>host:port</c>, <c>[v6]:port</c>, optionally prefixed by a listener scheme (<c>SASL_SSL://</c>).</summary>
    internal static bool IsHostPort(string server)
    {
        var text = server;
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            text = text[(scheme + 3)..];
        }

        var colon = text.LastIndexOf(':');
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        var host = text[..colon];
        if (host.StartsWith('[') != host.EndsWith(']'))
        {
            return false;
        }

        return int.TryParse(text[(colon + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port)
            && port is > 0 and <= 65535
            && !host.Any(char.IsWhiteSpace);
    }
}
