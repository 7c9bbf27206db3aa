using System.Globalization;
using System.Text.Json;
using Governance.Web.Catalog.Dtos;

namespace Governance.Web.Catalog;

/// <summary>One <c>governance_consumerLag</c> run facet, narrowed to one topic's partitions.</summary>
/// <param name="Verdict">The group's verdict, upper case; <c>UNKNOWN</c> when the producer gave none.</param>
/// <param name="TotalLag">The group's lag over every topic it reads.</param>
/// <param name="Lag">The summed known lag of the topic's partitions; null when none was known.</param>
/// <param name="Partitions">The topic's partitions, by number.</param>
internal sealed record TopicLagReport(string Verdict, long? TotalLag, long? Lag, IReadOnlyList<PartitionLagDto> Partitions);

/// <summary>
/// Reads the collector's consumer lag facet from a stored run event: the Burrow-style verdict the
/// collector computed and the lag per partition. Read leniently (numbers may arrive as strings).
/// </summary>
internal static class LagFacets
{
    public const string Key = "governance_consumerLag";
    public const string UnknownVerdict = "UNKNOWN";

    /// <summary>The report in <paramref name="payload"/> for the topic, or null when the event carries no lag facet.</summary>
    public static TopicLagReport? Read(string payload, DatasetIdentities topic)
    {
        using var document = JsonDocument.Parse(payload);
        if (!document.RootElement.TryGetProperty("run", out var run) || run.ValueKind != JsonValueKind.Object
            || !run.TryGetProperty("facets", out var facets) || facets.ValueKind != JsonValueKind.Object
            || !facets.TryGetProperty(Key, out var facet) || facet.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var partitions = new List<PartitionLagDto>();
        if (facet.TryGetProperty("partitions", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var partition in list.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object))
            {
                var name = Text(partition, "topic");
                var ns = Text(partition, "namespace");
                var belongs = name is not null && (ns is null ? topic.Names.Contains(name) : topic.Contains(ns, name));
                if (belongs && Number(partition, "partition") is { } number)
                {
                    partitions.Add(new PartitionLagDto((int)number, Number(partition, "committedOffset"), Number(partition, "logEndOffset"),
                        Number(partition, "lag"), Text(partition, "status")));
                }
            }
        }

        var known = partitions.Where(p => p.Lag is not null).ToList();
        return new TopicLagReport(
            Text(facet, "verdict") is { Length: > 0 } verdict ? verdict.ToUpperInvariant() : UnknownVerdict,
            Number(facet, "totalLag"),
            known.Count == 0 ? null : known.Sum(p => p.Lag!.Value),
            partitions.OrderBy(p => p.Partition).ToList());
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Number(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }
}
