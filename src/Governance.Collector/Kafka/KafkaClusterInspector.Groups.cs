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
    /// Consumer groups: ListConsumerGroups; DescribeConsumerGroups in chunks; groups of other protocol
    /// types (Connect workers) from the classic ListGroups; committed offsets of every group
    /// (one ListConsumerGroupOffsets call per group, bounded concurrency).
    /// </summary>
    private async Task<IReadOnlyList<ConsumerGroupInfo>> ReadGroupsAsync(ScanContext context, IKafkaAdminOperations admin, CancellationToken cancellationToken)
    {
        List<ConsumerGroupListing> listings;
        try
        {
            var listed = await Calls.CallAsync("ListConsumerGroups", () => admin.ListConsumerGroupsAsync(_options.RequestTimeout), cancellationToken).ConfigureAwait(false);
            listings = listed.Valid ?? [];
        }
        catch (ListConsumerGroupsException ex)
        {
            listings = ex.Results?.Valid ?? [];
            var errors = (ex.Results?.Errors ?? []).Select(e => $"{e.Code}: {e.Reason}").Distinct().ToList();
            context.Problem(ScanArea.ConsumerGroups, $"ListConsumerGroups incomplete ({listings.Count} groups listed; some brokers failed: {string.Join("; ", errors)})", ex);
        }

        var others = IncludeNonConsumerGroups ? await ListOtherGroupsAsync(context, admin, cancellationToken).ConfigureAwait(false) : [];

        var consumerGroupIds = listings.Select(l => l.GroupId).Distinct(StringComparer.Ordinal).ToList();
        var described = await Calls.BatchAsync<string, ConsumerGroupDescription>(
            "DescribeConsumerGroups", consumerGroupIds, _options.DescribeGroupsBatchSize, _options.MaxConcurrentBatches,
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
        if (described.Failed.Count > 0)
        {
            context.Problem(ScanArea.ConsumerGroups, KafkaCalls.Summarize("DescribeConsumerGroups (kept with state only, no members)", "groups", consumerGroupIds.Count, described.Failed));
        }

        var allIds = consumerGroupIds.Concat(others.Select(o => o.Group)).Distinct(StringComparer.Ordinal).ToList();
        var offsets = await ReadCommittedOffsetsAsync(context, admin, allIds, cancellationToken).ConfigureAwait(false);

        var groups = new Dictionary<string, ConsumerGroupInfo>(StringComparer.Ordinal);
        foreach (var listing in listings)
        {
            var committed = offsets.GetValueOrDefault(listing.GroupId) ?? [];
            groups[listing.GroupId] = described.Succeeded.TryGetValue(listing.GroupId, out var description)
                ? KafkaModelMapper.ToGroup(description, committed)
                : KafkaModelMapper.ToGroup(listing, committed);
        }

        foreach (var other in others)
        {
            groups.TryAdd(other.Group, KafkaModelMapper.ToGroup(other, offsets.GetValueOrDefault(other.Group) ?? []));
        }

        return groups.Values.OrderBy(g => g.GroupId, StringComparer.Ordinal).ToList();

        static IReadOnlyList<ItemOutcome<string, ConsumerGroupDescription>> MapDescriptions(IEnumerable<ConsumerGroupDescription>? descriptions) =>
            (descriptions ?? [])
                .Select(d => d.Error is { IsError: true } error
                    ? ItemOutcome<string, ConsumerGroupDescription>.Fail(d.GroupId, error)
                    : ItemOutcome<string, ConsumerGroupDescription>.Ok(d.GroupId, d))
                .ToList();
    }

    private bool IncludeNonConsumerGroups => _options.IncludeNonConsumerGroups;

    /// <summary>
    /// Groups whose protocol type is neither <c>consumer</c> nor empty (Kafka Connect workers use <c>connect</c>),
    /// which librdkafka's consumer-group admin API leaves out, from the classic ListGroups + DescribeGroups.
    /// </summary>
    private async Task<IReadOnlyList<GroupInfo>> ListOtherGroupsAsync(ScanContext context, IKafkaAdminOperations admin, CancellationToken cancellationToken)
    {
        List<GroupInfo> all;
        try
        {
            all = await Calls.CallAsync(
                "ListGroups", () => Task.Run(() => admin.ListGroups(_options.RequestTimeout), cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (KafkaException ex)
        {
            context.Problem(ScanArea.ConsumerGroups, $"groups of other protocol types (e.g. Kafka Connect workers) not listed: {ex.Error.Code}: {ex.Error.Reason}", ex);
            return [];
        }

        var others = all.Where(g => g.ProtocolType is { Length: > 0 } type && type != "consumer").ToList();
        var failed = others.Where(g => g.Error is { IsError: true }).Select(g => (g.Group, g.Error)).ToList();
        if (failed.Count > 0)
        {
            context.Problem(ScanArea.ConsumerGroups, KafkaCalls.Summarize("DescribeGroups", "groups of other protocol types", others.Count, failed));
        }

        return others.Where(g => g.Error is not { IsError: true }).ToList();
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
