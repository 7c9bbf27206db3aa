using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.Web.Components.Pages.Jobs;

/// <summary>
/// The collector's own facets, read leniently: a producer that sends a partial or differently typed
/// facet gets a page without that panel rather than an error.
/// </summary>
public static class JobFacetViews
{
    public const string ConsumerLagFacet = "governance_consumerLag";
    public const string ConsumerGroupFacet = "governance_consumerGroup";
    public const string JobTypeFacet = "jobType";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static ConsumerLagView? ConsumerLag(JsonElement? runFacets) => Read<ConsumerLagView>(runFacets, ConsumerLagFacet);

    public static ConsumerGroupView? ConsumerGroup(JsonElement? jobFacets) => Read<ConsumerGroupView>(jobFacets, ConsumerGroupFacet);

    public static JobTypeView? JobType(JsonElement? jobFacets) => Read<JobTypeView>(jobFacets, JobTypeFacet);

    private static T? Read<T>(JsonElement? facets, string key) where T : class
    {
        if (facets is not { ValueKind: JsonValueKind.Object } obj || !obj.TryGetProperty(key, out var facet) || facet.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return facet.Deserialize<T>(Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary><c>governance_consumerLag</c>: the verdict (OK, WARN, STALL, STOP, REWIND, ERR) and lag per partition.</summary>
public sealed record ConsumerLagView(string? Verdict, long? TotalLag, IReadOnlyList<PartitionLagView>? Partitions);

public sealed record PartitionLagView(string? Topic, int? Partition, long? CommittedOffset, long? LogEndOffset, long? Lag, string? Status);

/// <summary><c>governance_consumerGroup</c>: the group's state and members.</summary>
public sealed record ConsumerGroupView(string? GroupId, string? State, string? Protocol, IReadOnlyList<GroupMemberView>? Members);

/// <summary>A member; <see cref="Partitions"/> is kept as JSON since collectors list assignments in several shapes.</summary>
public sealed record GroupMemberView(string? ClientId, string? Host, JsonElement? Partitions);

/// <summary>Spec <c>jobType</c> facet.</summary>
public sealed record JobTypeView(string? ProcessingType, string? Integration, string? JobType);
