using Governance.Model;
using Governance.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Governance.Web.Catalog.Graph;

/// <summary>
/// Every lineage edge in memory, so that a walk of any depth is a breadth-first search instead of
/// one query per hop. Before it answers, the index asks the database (one indexed aggregate) whether
/// an edge changed and, if so, loads only the edges changed since it last looked.
/// </summary>
/// <remarks>
/// <para><b>Consistency.</b> Readers walk under a read lock; changes are read from the database
/// first and applied under the write lock in one step, so a walk never sees half a catch-up. One
/// catch-up runs at a time (the others wait for it and then find nothing left to do), and the first
/// load happens once however many requests arrive together.</para>
/// <para><b>Several instances.</b> Each instance stores events one at a time, but instances sharing a
/// database interleave: an event with a lower id can commit after one with a higher id, after this
/// index has moved its watermark past it. The index therefore also fingerprints the stamps in a
/// window below the watermark (<see cref="LineageIndexOptions.LateCommitWindow"/>); a late commit in
/// the window changes the fingerprint and the window is read again. Anything later still, and rows
/// deleted from the database, are repaired by a full rebuild every
/// <see cref="LineageIndexOptions.FullReloadInterval"/>, built in the background while the current
/// copy keeps answering.</para>
/// </remarks>
public sealed partial class LineageIndex(
    IDbContextFactory<GovernanceDbContext> contexts,
    IOptions<LineageIndexOptions> options,
    TimeProvider clock,
    ILogger<LineageIndex> logger) : IDisposable
{
    private readonly LineageIndexOptions _options = options.Value;
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly SemaphoreSlim _catchUpGate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private LineageGraphStore _store = new();
    private volatile ChangeMark? _mark;
    private long _builtAt;
    private int _rebuilding;

    /// <summary>
    /// The edges reached upstream and downstream of a node within <paramref name="depth"/> jobs (see
    /// <see cref="LineageGraphStore.Walk"/>), once the index has caught up with the database.
    /// </summary>
    public async Task<IReadOnlyList<IndexedEdge>> WalkAsync(NodeKind startKind, long startId, int depth, EdgeFilter filter, CancellationToken ct)
    {
        await CatchUpAsync(ct);
        return Walk(startKind, startId, depth, filter);
    }

    /// <summary>The same walk over what the index holds now, without asking the database whether it changed.</summary>
    public IReadOnlyList<IndexedEdge> Walk(NodeKind startKind, long startId, int depth, EdgeFilter filter)
    {
        _lock.EnterReadLock();
        try
        {
            var store = _store;
            var slots = store.Walk(startKind, startId, depth, filter);
            var edges = new List<IndexedEdge>(slots.Count);
            foreach (var slot in slots)
            {
                edges.Add(store[slot]);
            }

            return edges;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Edges and nodes held, for diagnostics and measurements.</summary>
    public (int Edges, int Datasets, int Jobs) Size()
    {
        _lock.EnterReadLock();
        try
        {
            return (_store.EdgeCount, _store.DatasetCount, _store.JobCount);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Loads the index on first use, then applies what changed in the database since the last call.</summary>
    public async Task CatchUpAsync(CancellationToken ct)
    {
        var mark = _mark;
        if (mark is null)
        {
            await LoadFirstAsync(ct);
            return;
        }

        if (clock.GetElapsedTime(Interlocked.Read(ref _builtAt)) >= _options.FullReloadInterval
            && Interlocked.CompareExchange(ref _rebuilding, 1, 0) == 0)
        {
            _ = Task.Run(RebuildAsync, CancellationToken.None);
        }

        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var observed = await LineageChangeFeed.ObserveAsync(db, mark, ct);
            if (LineageChangeFeed.ReadFrom(mark, observed) is null)
            {
                return;
            }
        }

        await _catchUpGate.WaitAsync(ct);
        try
        {
            // Another request may have caught up while this one waited: measure against its mark.
            await ApplyChangesAsync(_store, _mark!, swap: false, ct);
        }
        finally
        {
            _catchUpGate.Release();
        }
    }

    /// <summary>Stops a rebuild in progress.</summary>
    public void Dispose() =>
        // Cancelled, not disposed: a rebuild that is just starting may still ask for its token.
        _stopping.Cancel();

    private async Task LoadFirstAsync(CancellationToken ct)
    {
        await _catchUpGate.WaitAsync(ct);
        try
        {
            if (_mark is not null)
            {
                return;
            }

            var (store, mark) = await BuildAsync(ct);
            _lock.EnterWriteLock();
            try
            {
                _store = store;
                _mark = mark;
                Interlocked.Exchange(ref _builtAt, clock.GetTimestamp());
            }
            finally
            {
                _lock.ExitWriteLock();
            }
        }
        finally
        {
            _catchUpGate.Release();
        }
    }

    /// <summary>The periodic full rebuild: loads a fresh copy without blocking readers, then swaps it in.</summary>
    private async Task RebuildAsync()
    {
        var ct = _stopping.Token;
        try
        {
            var (store, mark) = await BuildAsync(ct);
            await _catchUpGate.WaitAsync(ct);
            try
            {
                // Bring the fresh copy up to date before it replaces the live one, so no reader ever
                // sees an older graph than it saw before.
                await ApplyChangesAsync(store, mark, swap: true, ct);
            }
            finally
            {
                _catchUpGate.Release();
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The application is stopping; the index goes with it.
        }
        catch (Exception ex)
        {
            // The live copy keeps catching up incrementally; the rebuild is retried after another interval.
            LogRebuildFailed(logger, ex);
        }
        finally
        {
            Interlocked.Exchange(ref _builtAt, clock.GetTimestamp());
            Interlocked.Exchange(ref _rebuilding, 0);
        }
    }

    private async Task<(LineageGraphStore Store, ChangeMark Mark)> BuildAsync(CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var mark = await LineageChangeFeed.MarkAsync(db, _options.LateCommitWindow, ct);
        var store = new LineageGraphStore(await db.LineageEdges.CountAsync(ct));
        await foreach (var row in LineageChangeFeed.ChangedAfter(db, long.MinValue).WithCancellation(ct))
        {
            store.Upsert(row);
        }

        LogBuilt(logger, store.EdgeCount, clock.GetElapsedTime(started).TotalMilliseconds);
        return (store, mark);
    }

    /// <summary>
    /// Reads what changed since <paramref name="mark"/> and applies it to <paramref name="store"/> under
    /// the write lock, making it the live copy when <paramref name="swap"/>. Callers hold the gate.
    /// </summary>
    private async Task ApplyChangesAsync(LineageGraphStore store, ChangeMark mark, bool swap, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var next = mark;
        var rows = new List<LineageEdgeRow>();
        if (LineageChangeFeed.ReadFrom(mark, await LineageChangeFeed.ObserveAsync(db, mark, ct)) is { } from)
        {
            next = await LineageChangeFeed.MarkAsync(db, _options.LateCommitWindow, ct);
            await foreach (var row in LineageChangeFeed.ChangedAfter(db, from).WithCancellation(ct))
            {
                rows.Add(row);
            }
        }

        _lock.EnterWriteLock();
        try
        {
            foreach (var row in rows)
            {
                store.Upsert(row);
            }

            if (swap)
            {
                _store = store;
            }

            _mark = next;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lineage index built: {Edges} edges in {Milliseconds:0} ms")]
    private static partial void LogBuilt(ILogger logger, int edges, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rebuilding the lineage index failed; it keeps catching up incrementally")]
    private static partial void LogRebuildFailed(ILogger logger, Exception exception);
}
