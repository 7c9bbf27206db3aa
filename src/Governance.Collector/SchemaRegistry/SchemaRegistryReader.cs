using System.Collections.Concurrent;
using Governance.Collector.Scanning;
using Governance.Model.Platform;

namespace Governance.Collector.SchemaRegistry;

/// <summary>
/// Reads a whole registry into a <see cref="SchemaRegistrySnapshot"/>: global compatibility, then for
/// every subject (at most <see cref="RestClientOptions.MaxConcurrency"/> requests in flight) its versions,
/// each version and its own compatibility. Failures become <see cref="ScanArea.SchemaRegistry"/> problems:
/// no subject list → no snapshot (null); a failed subject → left out (or kept with the versions read),
/// named in a problem. After <see cref="RestClientOptions.MaxConsecutiveFailures"/> subjects failing in a
/// row, the registry is taken as down and the remaining subjects are not asked.
/// </summary>
internal sealed class SchemaRegistryReader(SchemaRegistryClient client)
{
    private sealed record SubjectOutcome(SubjectInfo? Subject, string? Failure, bool Deleted = false);

    public async Task<SchemaRegistrySnapshot?> ReadAsync(ScanContext context, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> subjects;
        try
        {
            subjects = await client.GetSubjectsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SchemaRegistryException ex)
        {
            context.Problem(ScanArea.SchemaRegistry, $"registry at {client.Endpoint.Url} not read: GET /subjects failed: {Describe(ex)}", ex);
            return null;
        }

        string? global = null;
        try
        {
            global = await client.GetGlobalCompatibilityAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SchemaRegistryException ex)
        {
            context.Problem(ScanArea.SchemaRegistry, $"global compatibility not read: {Describe(ex)}", ex);
        }

        var results = new ConcurrentDictionary<string, SubjectOutcome>(StringComparer.Ordinal);
        var consecutiveFailures = 0;
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            await Parallel.ForEachAsync(
                subjects.Distinct(StringComparer.Ordinal),
                new ParallelOptions { MaxDegreeOfParallelism = client.Options.MaxConcurrency, CancellationToken = giveUp.Token },
                async (subject, ct) =>
                {
                    var outcome = await ReadSubjectAsync(context, subject, ct).ConfigureAwait(false);
                    results[subject] = outcome;
                    if (outcome.Failure is null || outcome.Subject is not null)
                    {
                        Interlocked.Exchange(ref consecutiveFailures, 0);
                    }
                    else if (Interlocked.Increment(ref consecutiveFailures) >= client.Options.MaxConsecutiveFailures)
                    {
                        await giveUp.CancelAsync().ConfigureAwait(false);
                    }
                }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (giveUp.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var unasked = subjects.Count - results.Count;
            context.Problem(ScanArea.SchemaRegistry,
                $"registry taken as down after {client.Options.MaxConsecutiveFailures} subjects failed in a row: {unasked} of {subjects.Count} subjects not read");
        }

        var failures = results.Where(r => r.Value.Failure is not null).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        if (failures.Count > 0)
        {
            var shown = failures.Take(5).Select(f => $"{f.Key} ({f.Value.Failure})");
            context.Problem(ScanArea.SchemaRegistry,
                $"{failures.Count} of {subjects.Count} subjects not (fully) read: {string.Join("; ", shown)}{(failures.Count > 5 ? "; …" : "")}");
        }

        return new SchemaRegistrySnapshot
        {
            Url = client.Endpoint.Url,
            GlobalCompatibility = global,
            Subjects = results.Values
                .Select(r => r.Subject)
                .OfType<SubjectInfo>()
                .OrderBy(s => s.Name, StringComparer.Ordinal)
                .ToList(),
        };
    }

    private async Task<SubjectOutcome> ReadSubjectAsync(ScanContext context, string subject, CancellationToken cancellationToken)
    {
        IReadOnlyList<int> versions;
        string? compatibility;
        try
        {
            var versionsTask = client.GetVersionsAsync(subject, cancellationToken);
            var compatibilityTask = client.GetSubjectCompatibilityAsync(subject, cancellationToken);
            await Task.WhenAll(versionsTask, compatibilityTask).ConfigureAwait(false);
            versions = await versionsTask.ConfigureAwait(false);
            compatibility = await compatibilityTask.ConfigureAwait(false);
        }
        catch (SchemaRegistryException ex) when (ex is { StatusCode: 404, ErrorCode: SchemaRegistryException.SubjectNotFound })
        {
            // Deleted between the listing and now: not a failure, the subject is simply gone.
            CollectorLog.Note(context.Logger, context.Cluster, $"subject {subject} disappeared during the scan ({ex.Message})");
            return new SubjectOutcome(null, null, Deleted: true);
        }
        catch (SchemaRegistryException ex)
        {
            CollectorLog.Note(context.Logger, context.Cluster, $"subject {subject} not read: {Describe(ex)}");
            return new SubjectOutcome(null, Describe(ex));
        }

        var read = new List<SchemaVersionInfo>(versions.Count);
        string? failure = null;
        foreach (var version in versions)
        {
            try
            {
                read.Add(await client.GetSchemaVersionAsync(subject, version, cancellationToken).ConfigureAwait(false));
            }
            catch (SchemaRegistryException ex) when (ex is { StatusCode: 404, ErrorCode: SchemaRegistryException.VersionNotFound or SchemaRegistryException.SubjectNotFound })
            {
                CollectorLog.Note(context.Logger, context.Cluster, $"version {version} of subject {subject} disappeared during the scan ({ex.Message})");
            }
            catch (SchemaRegistryException ex)
            {
                CollectorLog.Note(context.Logger, context.Cluster, $"version {version} of subject {subject} not read: {Describe(ex)}");
                failure = $"version {version}: {Describe(ex)}";
                if (ex.IsTransportFailure || ex.StatusCode >= 500)
                {
                    break;
                }
            }
        }

        var info = new SubjectInfo(subject, compatibility, read.OrderBy(v => v.Version).ToList());
        return failure is null ? new SubjectOutcome(info, null) : new SubjectOutcome(read.Count > 0 ? info : null, failure);
    }

    private static string Describe(SchemaRegistryException ex) =>
        ex.IsTransportFailure ? ex.Message : $"HTTP {ex.StatusCode}, error {ex.ErrorCode}: {ex.Message}";
}
