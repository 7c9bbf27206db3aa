using Governance.Collector.Transport;
using Microsoft.Extensions.Options;

namespace Governance.Collector.Outbox;

/// <summary>
/// Moves events from the outbox to the transport: read a batch of pending events, send it, record
/// the answer (acknowledge delivered, dead-letter rejected), repeat. Sleeps until the next enqueue
/// when nothing is pending; waits with jittered exponential backoff after a failure; stops for good
/// when the receiver refuses the credentials. Never loses an event: whatever is not acknowledged
/// stays in the outbox and is sent again, also after a restart.
/// </summary>
/// <remarks>
/// Register it as a singleton and as the hosted service, so the CLI can read <see cref="Status"/>.
/// On shutdown the batch in flight gets <see cref="OutboxOptions.StopGracePeriod"/> to finish.
/// </remarks>
public sealed class OutboxDeliveryService : BackgroundService
{
    private readonly IOutbox _outbox;
    private readonly IEventTransport _transport;
    private readonly OutboxOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly RetryBackoff _backoff;
    private readonly Lock _statusLock = new();

    private DeliveryState _state = DeliveryState.NotStarted;
    private DateTimeOffset? _lastSuccessAt;
    private DateTimeOffset? _lastErrorAt;
    private string? _lastError;
    private int _consecutiveFailures;
    private DateTimeOffset? _nextAttemptAt;
    private long _delivered;
    private long _duplicates;
    private long _rejected;

    /// <summary>Creates the service.</summary>
    /// <param name="outbox">The queue to drain.</param>
    /// <param name="transport">Where events go.</param>
    /// <param name="options">Batch size, backoff and stop grace.</param>
    /// <param name="clock">Time source for waits and status.</param>
    /// <param name="logger">Receives delivery progress and problems.</param>
    public OutboxDeliveryService(
        IOutbox outbox, IEventTransport transport, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxDeliveryService> logger)
    {
        _outbox = outbox;
        _transport = transport;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        _backoff = new RetryBackoff(_options.RetryInitialDelay, _options.RetryMaxDelay);
    }

    /// <summary>A consistent snapshot of the delivery state.</summary>
    public DeliveryStatus Status
    {
        get
        {
            lock (_statusLock)
            {
                return new DeliveryStatus(_state, _transport.Name, _outbox.PendingCount, _outbox.OldestPendingAge, _lastSuccessAt,
                    _lastErrorAt, _lastError, _consecutiveFailures, _nextAttemptAt, _delivered, _duplicates, _rejected);
            }
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before the first (possibly slow) read.
        await Task.Yield();
        OutboxDeliveryLog.Started(_logger, _transport.Name, _outbox.PendingCount);
        try
        {
            await RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: whatever was not acknowledged is resent after the next start.
        }

        if (Status.State != DeliveryState.Unauthorized)
        {
            SetState(DeliveryState.Stopped);
            OutboxDeliveryLog.Stopped(_logger, _outbox.PendingCount);
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan delay;
            try
            {
                var batch = await _outbox.ReadPendingAsync(_options.BatchSize, stoppingToken).ConfigureAwait(false);
                if (batch.Count == 0)
                {
                    SetState(DeliveryState.Idle);
                    await _outbox.WaitForPendingAsync(stoppingToken).ConfigureAwait(false);
                    continue;
                }

                SetState(DeliveryState.Delivering);
                var result = await SendAsync(batch, stoppingToken).ConfigureAwait(false);
                await RecordAsync(result).ConfigureAwait(false);
                if (result.Failure is not { } failure)
                {
                    OnSuccess(result.Delivered.Count, result.Duplicates);
                    continue;
                }

                if (failure.Kind == TransportFailureKind.Unauthorized)
                {
                    OnUnauthorized(failure);
                    return;
                }

                delay = OnFailure(failure, exception: null);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                // The outbox (disk) or a transport threw: keep the collector running and try again later.
                delay = OnFailure(new TransportFailure(TransportFailureKind.Unexpected, $"{ex.GetType().Name}: {ex.Message}"), ex);
            }

            await Task.Delay(delay, _clock, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends a batch; on shutdown it may still complete within the grace period so its answer is recorded.</summary>
    private async Task<TransportResult> SendAsync(IReadOnlyList<OutboxEntry> batch, CancellationToken stoppingToken)
    {
        using var send = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _clock);
        var grace = _options.StopGracePeriod;
        using var onStop = stoppingToken.Register(() => send.CancelAfter(grace));
        return await _transport.SendAsync(batch, send.Token).ConfigureAwait(false);
    }

    /// <summary>Writes the transport's answer to the outbox. Not cancellable: the answer must not be lost once received.</summary>
    private async Task RecordAsync(TransportResult result)
    {
        if (result.Rejected.Count > 0)
        {
            await _outbox.RejectAsync(result.Rejected, CancellationToken.None).ConfigureAwait(false);
            var deadLetterFile = _outbox is FileOutbox file ? file.DeadLetterPath : DeadLetterFile.FileName;
            foreach (var rejected in result.Rejected)
            {
                var errors = rejected.Errors.Count == 0 ? "(no details)" : string.Join("; ", rejected.Errors);
                OutboxDeliveryLog.Rejected(_logger, rejected.Entry.Sequence, rejected.Entry.EnqueuedAt, rejected.Reason, errors, deadLetterFile);
            }
        }

        if (result.Delivered.Count > 0)
        {
            await _outbox.AcknowledgeAsync(result.Delivered, CancellationToken.None).ConfigureAwait(false);
        }

        lock (_statusLock)
        {
            _delivered += result.Delivered.Count;
            _duplicates += result.Duplicates;
            _rejected += result.Rejected.Count;
            if (result.Delivered.Count > 0)
            {
                _lastSuccessAt = _clock.GetUtcNow();
            }
        }
    }

    private void OnSuccess(int count, int duplicates)
    {
        int failures;
        lock (_statusLock)
        {
            failures = _consecutiveFailures;
            _consecutiveFailures = 0;
            _lastError = null;
            _nextAttemptAt = null;
        }

        if (failures > 0)
        {
            OutboxDeliveryLog.Recovered(_logger, _transport.Name, failures, _outbox.PendingCount);
        }

        OutboxDeliveryLog.Delivered(_logger, count, _transport.Name, duplicates, _outbox.PendingCount);
    }

    private TimeSpan OnFailure(TransportFailure failure, Exception? exception)
    {
        int attempt;
        TimeSpan delay;
        lock (_statusLock)
        {
            attempt = ++_consecutiveFailures;
            delay = _backoff.Delay(attempt, failure.RetryAfter);
            _lastError = failure.Message;
            _lastErrorAt = _clock.GetUtcNow();
            _nextAttemptAt = _lastErrorAt + delay;
            _state = DeliveryState.WaitingToRetry;
        }

        // An outage of hours means hundreds of attempts: report the first few and then every tenth
        // at full level, the rest at Debug, so the log stays readable (the status is always current).
        var level = attempt <= 3 || attempt % 10 == 0
            ? failure.Kind == TransportFailureKind.Transient ? LogLevel.Warning : LogLevel.Error
            : LogLevel.Debug;
        OutboxDeliveryLog.Failure(_logger, level, _transport.Name, attempt, failure.Message, _outbox.PendingCount, delay, exception);
        return delay;
    }

    private void OnUnauthorized(TransportFailure failure)
    {
        // Logged before the state changes, so whoever sees the state can rely on the log entry.
        OutboxDeliveryLog.Unauthorized(_logger, _transport.Name, failure.Message, _outbox.PendingCount);
        lock (_statusLock)
        {
            _consecutiveFailures++;
            _lastError = failure.Message;
            _lastErrorAt = _clock.GetUtcNow();
            _nextAttemptAt = null;
            _state = DeliveryState.Unauthorized;
        }
    }

    private void SetState(DeliveryState state)
    {
        lock (_statusLock)
        {
            _state = state;
        }
    }
}
