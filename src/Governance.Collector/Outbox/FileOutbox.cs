using Microsoft.Extensions.Logging.Abstractions;

namespace Governance.Collector.Outbox;

/// <summary>
/// <see cref="IOutbox"/> on the local file system: append-only segment files of checksummed JSON
/// lines, an acknowledgement cursor replaced atomically, a dead-letter file and a lock file, all in
/// one directory owned by one process.
/// </summary>
/// <remarks>
/// <para>Layout of <see cref="DirectoryPath"/>:</para>
/// <list type="bullet">
/// <item><c>segment-&lt;first sequence, 19 digits&gt;.jsonl</c>: records (see <see cref="OutboxRecordFormat"/>);
/// a segment is deleted once every record in it is acknowledged or rejected.</item>
/// <item><c>cursor.json</c>: <c>{"version":1,"acknowledgedThrough":N,"acknowledged":[...]}</c>, replaced via
/// <c>cursor.json.tmp</c> + rename.</item>
/// <item><c>rejected.jsonl</c>: dead letters (see <see cref="RejectAsync"/>).</item>
/// <item><c>outbox.lock</c>: held open exclusively while the outbox is open.</item>
/// </list>
/// <para>
/// Crash safety: <see cref="EnqueueAsync"/> returns only after <c>fsync</c>; acknowledgements are made
/// durable before segments are deleted. On open, a torn last record (an interrupted write) is cut
/// off, damaged records between intact ones are skipped and logged, and everything intact and not
/// acknowledged is pending again. An acknowledgement lost in a crash only causes a resend.
/// </para>
/// <para>All operations are serialised by one lock; they are short (an append plus one flush, or a read of a batch).</para>
/// </remarks>
public sealed partial class FileOutbox : IOutbox, IDisposable
{
    // Split by responsibility: this file holds the shared state, opening, the operation lock and
    // disposal; FileOutbox.Recovery.cs rebuilds the index at open, FileOutbox.Append.cs enqueues,
    // FileOutbox.Read.cs hands out pending events, FileOutbox.Acknowledge.cs removes delivered and
    // rejected ones.
    private readonly long _maxBytes;
    private readonly long _segmentBytes;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly DirectoryLock _lock;
    private readonly string _cursorPath;
    private readonly AckCursor _cursor;
    private readonly DeadLetterFile _deadLetters;
    private readonly List<OutboxSegment> _segments;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly AsyncSignal _enqueued = new();

    // The segment being appended to, with its open stream; null until the next enqueue needs one.
    private OutboxSegment? _active;
    private FileStream? _activeStream;
    private long _nextSequence;
    private long _usedBytes;
    private long _pendingCount;
    private long _oldestPendingUnixMs = -1;
    private bool _disposed;

    private FileOutbox(string directory, OutboxOptions options, TimeProvider clock, ILogger logger, DirectoryLock directoryLock)
    {
        DirectoryPath = directory;
        _maxBytes = options.MaxBytes;
        _segmentBytes = options.SegmentBytes;
        _clock = clock;
        _logger = logger;
        _lock = directoryLock;
        _cursorPath = Path.Combine(directory, AckCursor.FileName);
        _deadLetters = new DeadLetterFile(Path.Combine(directory, DeadLetterFile.FileName));
        _cursor = LoadCursor();
        _segments = Recover();
    }

    /// <summary>The outbox directory (absolute).</summary>
    public string DirectoryPath { get; }

    /// <summary>Path of the dead-letter file <c>rejected.jsonl</c>.</summary>
    public string DeadLetterPath => _deadLetters.Path;

    /// <summary>Bytes counted against <see cref="OutboxOptions.MaxBytes"/>: segment files plus the dead-letter file.</summary>
    public long UsedBytes => Interlocked.Read(ref _usedBytes);

    /// <inheritdoc />
    public long PendingCount => Interlocked.Read(ref _pendingCount);

    /// <inheritdoc />
    public TimeSpan? OldestPendingAge
    {
        get
        {
            var oldest = Interlocked.Read(ref _oldestPendingUnixMs);
            if (oldest < 0)
            {
                return null;
            }

            var age = _clock.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(oldest);
            return age < TimeSpan.Zero ? TimeSpan.Zero : age;
        }
    }

    /// <summary>
    /// Opens (creating if needed) the outbox in <see cref="OutboxOptions.Directory"/>, takes its lock
    /// and recovers the pending events of a previous run.
    /// </summary>
    /// <param name="options">Directory (used as given; resolve relative paths first), disk budget and segment size.</param>
    /// <param name="logger">Receives recovery findings and problems.</param>
    /// <param name="clock">Source of enqueue times and ages.</param>
    /// <exception cref="OutboxLockedException">Another outbox (normally another collector process) owns the directory.</exception>
    public static FileOutbox Open(OutboxOptions options, ILogger<FileOutbox>? logger = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var directory = Path.GetFullPath(options.Directory);
        Directory.CreateDirectory(directory);
        var directoryLock = DirectoryLock.Acquire(directory);
        try
        {
            return new FileOutbox(directory, options, clock ?? TimeProvider.System, (ILogger?)logger ?? NullLogger.Instance, directoryLock);
        }
        catch
        {
            directoryLock.Dispose();
            throw;
        }
    }

    /// <summary>Closes the open segment and releases the directory lock. Pending events stay on disk.</summary>
    public void Dispose()
    {
        _gate.Wait();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            CloseActive();
            _lock.Dispose();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Takes the operation lock and checks for disposal under it, so no operation runs
    /// concurrently with another or after <see cref="Dispose"/>. Dispose the result to release.
    /// </summary>
    private async ValueTask<GateLease> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (_disposed)
        {
            _gate.Release();
            throw new ObjectDisposedException(GetType().FullName);
        }

        return new GateLease(_gate);
    }

    private void CloseActive()
    {
        _activeStream?.Dispose();
        _activeStream = null;
        _active = null;
    }

    /// <summary>Releases the operation lock taken by <see cref="EnterAsync"/> when disposed.</summary>
    private readonly struct GateLease(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
