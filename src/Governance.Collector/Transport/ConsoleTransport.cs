using System.Text;
using Governance.Collector.Outbox;

namespace Governance.Collector.Transport;

/// <summary>
/// Writes each event as one JSON line to standard output: for trying the collector out, or for
/// piping events into another tool. Delivery cannot fail short of a closed output.
/// </summary>
public sealed class ConsoleTransport : IEventTransport
{
    private readonly Func<TextWriter> _output;

    /// <summary>Writes to <see cref="Console.Out"/> (looked up on every batch, so redirection applies).</summary>
    public ConsoleTransport()
        : this(() => Console.Out)
    {
    }

    /// <summary>Writes to the given writer (tests, embedding).</summary>
    /// <param name="output">Receives one line per event.</param>
    public ConsoleTransport(TextWriter output)
        : this(() => output)
    {
        ArgumentNullException.ThrowIfNull(output);
    }

    private ConsoleTransport(Func<TextWriter> output) => _output = output;

    /// <inheritdoc />
    public string Name => "console";

    /// <inheritdoc />
    public async ValueTask<TransportResult> SendAsync(IReadOnlyList<OutboxEntry> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var output = _output();
        try
        {
            var text = new StringBuilder();
            foreach (var entry in batch)
            {
                // "\n", not Environment.NewLine: JSON lines are newline-delimited on every platform.
                text.Append(Encoding.UTF8.GetString(entry.Payload.Span)).Append('\n');
            }

            await output.WriteAsync(text, cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            return TransportResult.Failed(new TransportFailure(TransportFailureKind.Transient, $"Writing to standard output failed: {ex.Message}"));
        }

        return TransportResult.AllDelivered(batch);
    }
}
