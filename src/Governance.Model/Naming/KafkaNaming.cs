using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Governance.Model.Naming;

/// <summary>
/// OpenLineage dataset naming for Kafka topics (OpenLineage naming spec): namespace
/// <c>kafka://{bootstrap server host}:{port}</c>, name = topic. Every producer of lineage for the same cluster must
/// derive the same namespace, otherwise lineage does not join; hence the normalisation below.
/// </summary>
public static class KafkaNaming
{
    /// <summary>URI scheme of Kafka namespaces.</summary>
    public const string Scheme = "kafka";

    /// <summary>Port used when a bootstrap server has none.</summary>
    public const int DefaultPort = 9092;

    private const string SchemePrefix = Scheme + "://";

    /// <summary>
    /// The namespace for a Kafka cluster, from a <c>bootstrap.servers</c> value: the FIRST server of the
    /// comma-separated list (blank entries skipped, spaces trimmed), as <c>kafka://{host}:{port}</c> with the host
    /// in lower case, port 9092 when missing, IPv6 literals in brackets, and a listener prefix such as
    /// <c>SASL_SSL://</c> dropped.
    /// </summary>
    /// <param name="bootstrapServers">E.g. <c>Broker1:9092, broker2:9092</c>.</param>
    /// <returns>E.g. <c>kafka://broker1:9092</c>.</returns>
    /// <exception cref="ArgumentException">No server, or the first server has an empty host or invalid port.</exception>
    public static string Namespace(string bootstrapServers)
    {
        ArgumentNullException.ThrowIfNull(bootstrapServers);
        return TryGetNamespace(bootstrapServers, out var ns, out var error)
            ? ns
            : throw new ArgumentException(error, nameof(bootstrapServers));
    }

    /// <summary>Like <see cref="Namespace"/>, without throwing.</summary>
    /// <param name="bootstrapServers">A <c>bootstrap.servers</c> value; may be <c>null</c>.</param>
    /// <param name="ns">The namespace, or <c>null</c>.</param>
    /// <returns>Whether a namespace could be derived.</returns>
    public static bool TryGetNamespace(string? bootstrapServers, [NotNullWhen(true)] out string? ns) => TryGetNamespace(bootstrapServers, out ns, out _);

    /// <summary>The dataset identity of a topic: (<see cref="Namespace"/>, <paramref name="topic"/>).</summary>
    /// <param name="bootstrapServers">A <c>bootstrap.servers</c> value.</param>
    /// <param name="topic">The topic name, used as is.</param>
    /// <exception cref="ArgumentException">Invalid servers (see <see cref="Namespace"/>) or empty topic.</exception>
    public static DatasetId Dataset(string bootstrapServers, string topic)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        return new DatasetId(Namespace(bootstrapServers), topic);
    }

    /// <summary>Whether <paramref name="ns"/> is a Kafka dataset namespace (<c>kafka://…</c>, scheme case-insensitive).</summary>
    /// <param name="ns">A dataset namespace; may be <c>null</c>.</param>
    public static bool IsKafkaNamespace(string? ns) => ns is not null && ns.StartsWith(SchemePrefix, StringComparison.OrdinalIgnoreCase);

    private static bool TryGetNamespace(string? bootstrapServers, [NotNullWhen(true)] out string? ns, out string error)
    {
        ns = null;
        var server = bootstrapServers?
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault();
        if (server is null)
        {
            error = "bootstrap servers contain no server.";
            return false;
        }

        // Listener-style entries ("SASL_SSL://host:9093") carry a protocol prefix that is not part of the address.
        var schemeEnd = server.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0)
        {
            server = server[(schemeEnd + 3)..];
        }

        server = server.TrimEnd('/');
        if (!TrySplitHostPort(server, out var host, out var portText, out error))
        {
            return false;
        }

        var port = DefaultPort;
        if (portText.Length > 0
            && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            error = $"'{portText}' in '{server}' is not a valid port.";
            return false;
        }

        if (host.Length == 0 || host.Any(char.IsWhiteSpace))
        {
            error = $"'{server}' has no valid host.";
            return false;
        }

        ns = $"{SchemePrefix}{NormalizeHost(host)}:{port.ToString(CultureInfo.InvariantCulture)}";
        error = "";
        return true;
    }

    private static bool TrySplitHostPort(string server, out string host, out string port, out string error)
    {
        error = "";
        if (server.StartsWith('['))
        {
            var close = server.IndexOf(']');
            if (close < 0)
            {
                (host, port, error) = ("", "", $"'{server}' has an unterminated IPv6 literal.");
                return false;
            }

            host = server[1..close];
            var rest = server[(close + 1)..];
            if (rest.Length > 0 && rest[0] != ':')
            {
                (port, error) = ("", $"unexpected '{rest}' after the IPv6 literal in '{server}'.");
                return false;
            }

            port = rest.Length > 0 ? rest[1..] : "";
            return true;
        }

        var colon = server.IndexOf(':');
        if (colon >= 0 && server.IndexOf(':', colon + 1) >= 0)
        {
            // Several colons without brackets: a bare IPv6 address; it cannot carry a port.
            (host, port) = (server, "");
            return true;
        }

        (host, port) = colon < 0 ? (server, "") : (server[..colon], server[(colon + 1)..]);
        return true;
    }

    private static string NormalizeHost(string host)
    {
        if (host.Contains(':'))
        {
            var canonical = IPAddress.TryParse(host, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6
                ? address.ToString()
                : host;
            return $"[{canonical.ToLowerInvariant()}]";
        }

        return host.ToLowerInvariant();
    }
}
