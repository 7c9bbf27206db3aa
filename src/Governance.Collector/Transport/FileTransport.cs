using System.Buffers;
using Governance.Collector.Outbox;

namespace Governance.Collector.Transport;

/// <summary>
/// Appends each event as one JSON line to a file (<c>Transport:Path</c>), flushed to disk before the
/// batch counts as delivered: for air-gapped sites whose files are carried to the portal, or for
/// inspection. After a crash between the flush and the acknowledgement a batch may appear twice;
/// the portal's idempotency makes replaying the file harmless.
/// </summary>
/// <param name="path">The file; created with its folder when missing.</param>
public sealed class FileTransport(string path) : IEventTransport
{
    /// <summary>The file events are appended to.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <inheritdoc />
    public string Name => "file";

    /// <inheritdoc />
    public async ValueTask<TransportResult> SendAsync(IReadOnlyList<OutboxEntry> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        // One buffer, one write that is not cancelled halfway: an abandoned batch must not leave
        // half a line for the next batch to be glued onto.
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var entry in batch)
        {
            buffer.Write(entry.Payload.Span);
            buffer.Write("\n"u8);
        }

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await using var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read, 64 * 1024, useAsync: true);
            await file.WriteAsync(buffer.WrittenMemory, CancellationToken.None).ConfigureAwait(false);
            file.Flush(flushToDisk: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return TransportResult.Failed(new TransportFailure(TransportFailureKind.Transient, $"Appending to {Path} failed: {ex.Message}"));
        }

        return TransportResult.AllDelivered(batch);
    }
}
