using System.Threading.Channels;

namespace Governance.Collector.Outbox;

/// <summary>
/// An auto-reset signal for one waiter: <see cref="Set"/> wakes the current or the next
/// <see cref="WaitAsync"/>; several sets before a wait collapse into one wake-up. A set that comes
/// between a waiter's check and its wait is not lost.
/// </summary>
internal sealed class AsyncSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = false, SingleWriter = false });

    public void Set() => _channel.Writer.TryWrite(true);

    public async ValueTask WaitAsync(CancellationToken cancellationToken) =>
        await _channel.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
}
