using System.Collections.Concurrent;
using Governance.Collector.Kafka;
using Governance.Collector.Scanning;
using Governance.Model.Platform;

namespace Governance.Collector.Connect;

/// <summary>
/// Reads a Connect cluster into a <see cref="ConnectSnapshot"/>: connectors with configuration and status
/// in one <c>?expand=info&amp;expand=status</c> call (per-connector calls when the worker does not
/// support expand), then each connector's topics (bounded concurrency). Secret configuration values are
/// redacted in the snapshot. Failures become <see cref="ScanArea.Connect"/> problems: no connector list →
/// no snapshot (null); a connector whose details or topics failed is kept as far as read and named in a problem.
/// </summary>
internal sealed class ConnectReader(ConnectClient client)
{
    public async Task<ConnectSnapshot?> ReadAsync(ScanContext context, CancellationToken cancellationToken)
    {
        IReadOnlyList<ConnectorDetails>? connectors;
        try
        {
            connectors = await client.GetConnectorsExpandedAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectException ex)
        {
            context.Problem(ScanArea.Connect, $"Connect at {client.Endpoint.Url} not read: GET /connectors failed: {Describe(ex)}", ex);
            return null;
        }

        if (connectors is null)
        {
            CollectorLog.Note(context.Logger, context.Cluster, "Connect ignores ?expand (older than 2.3): reading connectors one by one");
            connectors = await ReadOneByOneAsync(context, cancellationToken).ConfigureAwait(false);
            if (connectors is null)
            {
                return null;
            }
        }

        var topics = new ConcurrentDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(
            connectors,
            new ParallelOptions { MaxDegreeOfParallelism = client.Options.MaxConcurrency, CancellationToken = cancellationToken },
            async (connector, ct) =>
            {
                try
                {
                    topics[connector.Name] = await client.GetConnectorTopicsAsync(connector.Name, ct).ConfigureAwait(false);
                }
                catch (ConnectException ex)
                {
                    CollectorLog.Note(context.Logger, context.Cluster, $"topics of connector {connector.Name} not read: {Describe(ex)}");
                    failures.Add($"{connector.Name} ({Describe(ex)})");
                }
            }).ConfigureAwait(false);

        if (!failures.IsEmpty)
        {
            var list = failures.Order(StringComparer.Ordinal).ToList();
            context.Problem(ScanArea.Connect,
                $"topics of {list.Count} of {connectors.Count} connectors not read (left empty): {string.Join("; ", list.Take(5))}{(list.Count > 5 ? "; …" : "")}");
        }

        return new ConnectSnapshot
        {
            Url = client.Endpoint.Url,
            Connectors = connectors
                .Select(c => ToConnector(c, topics.GetValueOrDefault(c.Name) ?? []))
                .OrderBy(c => c.Name, StringComparer.Ordinal)
                .ToList(),
        };
    }

    private async Task<IReadOnlyList<ConnectorDetails>?> ReadOneByOneAsync(ScanContext context, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> names;
        try
        {
            names = await client.GetConnectorNamesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectException ex)
        {
            context.Problem(ScanArea.Connect, $"Connect at {client.Endpoint.Url} not read: GET /connectors failed: {Describe(ex)}", ex);
            return null;
        }

        var details = new ConcurrentBag<ConnectorDetails>();
        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(
            names,
            new ParallelOptions { MaxDegreeOfParallelism = client.Options.MaxConcurrency, CancellationToken = cancellationToken },
            async (name, ct) =>
            {
                try
                {
                    details.Add(await client.GetConnectorAsync(name, ct).ConfigureAwait(false));
                }
                catch (ConnectException ex) when (ex.StatusCode == 404)
                {
                    CollectorLog.Note(context.Logger, context.Cluster, $"connector {name} disappeared during the scan ({ex.Message})");
                }
                catch (ConnectException ex)
                {
                    CollectorLog.Note(context.Logger, context.Cluster, $"connector {name} not read: {Describe(ex)}");
                    failures.Add($"{name} ({Describe(ex)})");
                }
            }).ConfigureAwait(false);

        if (!failures.IsEmpty)
        {
            var list = failures.Order(StringComparer.Ordinal).ToList();
            context.Problem(ScanArea.Connect, $"{list.Count} of {names.Count} connectors not read: {string.Join("; ", list.Take(5))}{(list.Count > 5 ? "; …" : "")}");
        }

        return [.. details];
    }

    /// <summary>The model's connector: class from <c>connector.class</c>, secret configuration values redacted.</summary>
    internal static ConnectorInfo ToConnector(ConnectorDetails details, IReadOnlyList<string> topics) => new(
        details.Name,
        details.Type,
        details.Config.GetValueOrDefault("connector.class") ?? "",
        SecretRedaction.Redact(details.Config),
        topics.Order(StringComparer.Ordinal).ToList(),
        details.State,
        details.Tasks.Select(t => t.State).ToList());

    private static string Describe(ConnectException ex) =>
        ex.IsTransportFailure ? ex.Message : $"HTTP {ex.StatusCode}: {ex.Message}";
}
