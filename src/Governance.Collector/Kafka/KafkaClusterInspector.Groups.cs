using System.Collections.Concurrent;
using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Governance.Collector.Scanning;
using Governance.Model.Platform;

namespace Governance.Collector.Kafka;

public sealed partial class KafkaClusterInspector
{
    private static readonly AclBindingFilter AnyAcl = new()
    {
        PatternFilter = new ResourcePatternFilter { Type = ResourceType.Any, Name = null, ResourcePatternType = ResourcePatternType.Any },
        EntryFilter = new AccessControlEntryFilter { Principal = null, Host = null, Operation = AclOperation.Any, PermissionType = AclPermissionType.Any },
    };

    /// <summary>
    /// Consumer groups, in three steps:
    /// <list type="number">
    /// <item>the classic ListGroups, which in librdkafka sends ListGroups and then one DescribeGroups for all
    /// of a broker's groups to every broker (two requests per broker), and returns every protocol type
    /// (Connect worker groups included) with members and their assignments;</item>
    /// <item>DescribeConsumerGroups, in chunks, for the groups whose classic description carried an error
    /// (e.g. a coordinator still loading, or a KIP-848 group that only the new API describes);</item>
    /// <item>committed offsets of every group (one ListConsumerGroupOffsets call per group, bounded concurrency).</item>
    /// </list>
    /// ListConsumerGroupsAsync is deliberately not used: Confluent.Kafka 2.15.1 frees the per-broker errors of
    /// its result twice, so any broker error during a listing crashes the process.
    /// </summary>
    private async Task<IReadOnlyList<ConsumerGroupInfo>> ReadGroupsAsync(ScanContext context, IKafkaAdminOperations admin, CancellationToken cancellationToken)
    {
        List<GroupInfo> listed;
        try
        {
            listed = await Calls.CallAsync(
                "ListGroups", () => Task.Run(() => admin.ListGroups(_options.RequestTimeout), cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (KafkaException ex)
        {
            context.Problem(ScanArea.ConsumerGroups, $"consumer groups not listed: {ex.Error.Code}: {ex.Error.Reason}", ex);
            return [];
        }

        // A group is listed by its coordinator only; while coordinators move it may show up twice: keep the best answer.
        var byId = listed
            .GroupBy(g => g.Group, StringComparer.Ordinal)
            .Select(g => g.OrderBy(i => i.Error.IsError ? 1 : 0).First())
            .ToList();

        var groups = new Dictionary<string, ConsumerGroupInfo>(StringComparer.Ordinal);
        var undecoded = new List<string>();
        var redescribe = new List<GroupInfo>();
        foreach (var group in byId)
        {
            if (group.Error.IsError)
            {
                redescribe.Add(group);
                continue;
            }

            groups[group.Group] = KafkaModelMapper.ToGroup(group, [], out var failedMembers);
            undecoded.AddRange(failedMembers.Select(m => $"{group.Group}/{m}"));
        }

        if (undecoded.Count > 0)
        {
            context.Problem(ScanArea.ConsumerGroups,
                $"assignments of {undecoded.Count} members could not be decoded (left empty): {string.Join(", ", undecoded.Take(5))}{(undecoded.Count > 5 ? ", …" : "")}");
        }

        if (redescribe.Count > 0)
        {
            await RedescribeAsync(context, admin, redescribe, groups, cancellationToken).ConfigureAwait(false);
        }

        var offsets = await ReadCommittedOffsetsAsync(context, admin, [.. groups.Keys], cancellationToken).ConfigureAwait(false);
        return groups.Values
            .Select(g => offsets.TryGetValue(g.GroupId, out var committed) ? g with { Offsets = committed } : g)
            .OrderBy(g => g.GroupId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Groups whose classic description failed: DescribeConsumerGroups (per-item errors kept); still failing → kept undescribed, with a problem.</summary>
    private async Task RedescribeAsync(
        ScanContext context, IKafkaAdminOperations admin, IReadOnlyList<GroupInfo> failed, Dictionary<string, ConsumerGroupInfo> groups, CancellationToken cancellationToken)
    {
        var consumerIds = failed.Where(g => g.ProtocolType is "" or "consumer" or null).Select(g => g.Group).ToList();
        var described = await Calls.BatchAsync<string, ConsumerGroupDescription>(
            "DescribeConsumerGroups", consumerIds, _options.DescribeGroupsBatchSize, _options.MaxConcurrentBatches,
            async chunk =>
            {
                try
                {
                    var result = await admin.DescribeConsumerGroupsAsync(chunk, _options.RequestTimeout).ConfigureAwait(false);
                    return MapDescriptions(result.ConsumerGroupDescriptions);
                }
                catch (DescribeConsumerGroupsException ex)
                {
                    return MapDescriptions(ex.Results.ConsumerGroupDescriptions);
                }
            },
            cancellationToken).ConfigureAwait(false);

        var stillFailing = new List<(string, Error)>(described.Failed);
        foreach (var group in failed)
        {
            if (described.Succeeded.TryGetValue(group.Group, out var description))
            {
                groups[group.Group] = KafkaModelMapper.ToGroup(description, []);
                continue;
            }

            groups[group.Group] = KafkaModelMapper.ToUndescribedGroup(group, []);
            if (!consumerIds.Contains(group.Group))
            {
                stillFailing.Add((group.Group, group.Error));
            }
        }

        if (stillFailing.Count > 0)
        {
            context.Problem(ScanArea.ConsumerGroups, KafkaCalls.Summarize("DescribeGroups (kept without state and members)", "groups", groups.Count, stillFailing));
        }

        static IReadOnlyList<ItemOutcome<string, ConsumerGroupDescription>> MapDescriptions(IEnumerable<ConsumerGroupDescription>? descriptions) =>
            (descriptions ?? [])
                .Select(d => d.Error is { IsError: true } error
                    ? ItemOutcome<string, ConsumerGroupDescription>.Fail(d.GroupId, error)
                    : ItemOutcome<string, ConsumerGroupDescription>.Ok(d.GroupId, d))
                .ToList();
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<CommittedOffset>>> ReadCommittedOffsetsAsync(
        ScanContext context, IKafkaAdminOperations admin, IReadOnlyList<string> groupIds, CancellationToken cancellationToken)
    {
        var partitionFailures = new ConcurrentBag<(string, Error)>();
        var result = await Calls.BatchAsync<string, IReadOnlyList<CommittedOffset>>(
            "ListConsumerGroupOffsets", groupIds, 1, _options.OffsetFetchConcurrency,
            async chunk =>
            {
                var group = chunk[0];
                List<ListConsumerGroupOffsetsReport>? reports;
                try
                {
                    var results = await admin.ListConsumerGroupOffsetsAsync(group, _options.RequestTimeout).ConfigureAwait(false);
                    var found = results.FirstOrDefault(r => r.Group == group) ?? results.FirstOrDefault();
                    return found is null ? [] : [ItemOutcome<string, IReadOnlyList<CommittedOffset>>.Ok(group, KafkaModelMapper.ToOffsets(found.Partitions ?? []))];
                }
                catch (ListConsumerGroupOffsetsException ex) when (ex.Results is { Count: > 0 })
                {
                    reports = ex.Results;
                }

                var report = reports.FirstOrDefault(r => r.Group == group) ?? reports[0];
                if (report.Error is { IsError: true } groupError)
                {
                    return [ItemOutcome<string, IReadOnlyList<CommittedOffset>>.Fail(group, groupError)];
                }

                // Some partitions failed: keep the others.
                foreach (var partition in (report.Partitions ?? []).Where(p => p.Error.IsError))
                {
                    partitionFailures.Add(($"{group}: {partition.Topic}[{partition.Partition.Value}]", partition.Error));
                }

                return [ItemOutcome<string, IReadOnlyList<CommittedOffset>>.Ok(group, KafkaModelMapper.ToOffsets(report.Partitions ?? []))];
            },
            cancellationToken).ConfigureAwait(false);

        if (result.Failed.Count > 0)
        {
            context.Problem(ScanArea.ConsumerGroups, KafkaCalls.Summarize("ListConsumerGroupOffsets (offsets left empty)", "groups", groupIds.Count, result.Failed));
        }

        if (!partitionFailures.IsEmpty)
        {
            context.Problem(ScanArea.ConsumerGroups, KafkaCalls.Summarize("ListConsumerGroupOffsets", "group partitions", partitionFailures.Count, partitionFailures));
        }

        return result.Succeeded;
    }

    /// <summary>
    /// Every ACL binding (one DescribeAcls with an any-filter). Not permitted: null, no problem.
    /// No authorizer on the brokers (SECURITY_DISABLED): no bindings exist, an empty list. Other errors: null and a problem.
    /// </summary>
    private async Task<IReadOnlyList<AclBindingInfo>?> ReadAclsAsync(ScanContext context, IKafkaAdminOperations admin, CancellationToken cancellationToken)
    {
        try
        {
            var result = await Calls.CallAsync("DescribeAcls", () => admin.DescribeAclsAsync(AnyAcl, _options.RequestTimeout), cancellationToken).ConfigureAwait(false);
            return (result.AclBindings ?? [])
                .Select(KafkaModelMapper.ToAcl)
                .OrderBy(a => a.ResourceType, StringComparer.Ordinal)
                .ThenBy(a => a.PatternType, StringComparer.Ordinal)
                .ThenBy(a => a.ResourceName, StringComparer.Ordinal)
                .ThenBy(a => a.Principal, StringComparer.Ordinal)
                .ThenBy(a => a.Host, StringComparer.Ordinal)
                .ThenBy(a => a.Operation, StringComparer.Ordinal)
                .ThenBy(a => a.Permission, StringComparer.Ordinal)
                .ToList();
        }
        catch (KafkaException ex)
        {
            var error = KafkaCalls.EffectiveError(ex);
            if (KafkaCalls.IsAuthorizationError(error))
            {
                CollectorLog.Note(context.Logger, context.Cluster, $"ACLs not read: the collector is not permitted to describe them ({error.Code})");
                return null;
            }

            if (error.Code == ErrorCode.SecurityDisabled)
            {
                CollectorLog.Note(context.Logger, context.Cluster, "ACLs: the brokers run without an authorizer, so no ACL bindings exist");
                return [];
            }

            context.Problem(ScanArea.Acls, $"DescribeAcls failed: {error.Code}: {error.Reason}", ex);
            return null;
        }
    }
}
