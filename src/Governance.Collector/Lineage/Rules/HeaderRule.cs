using System.Globalization;
using Governance.Model.Platform;

namespace Governance.Collector.Lineage.Rules;

/// <summary>
/// Producers named by a header of sampled records (<see cref="LineageOptions.ProducerHeaders"/>, first
/// present wins): the header value is the job, the topic its output. Headers travel with records that
/// someone else copies, so copies are skipped: MirrorMaker 2 replicas (known from Mirror jobs, or named
/// <c>&lt;alias&gt;.&lt;topic&gt;</c> after another scanned cluster that has the topic, which also covers
/// a failed Connect scan), and records Kafka Connect routed to a dead letter queue (<c>__connect.errors.*</c>
/// headers), which keep the headers of the record that failed.
/// </summary>
internal static class HeaderRule
{
    private const string ConnectErrorHeaders = "__connect.errors.";

    public static void Apply(InferenceContext context)
    {
        var headers = context.Options.ProducerHeaders;
        if (headers.Count == 0)
        {
            return;
        }

        foreach (var cluster in context.Platform.Clusters)
        {
            foreach (var topic in cluster.Topics.Values.Where(t => t.Samples.Count > 0 && cluster.CanReference(t.Name)).OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                if (IsReplica(context, cluster, topic.Name))
                {
                    continue;
                }

                var producers = topic.Samples
                    .Where(r => !r.Headers.Keys.Any(k => k.StartsWith(ConnectErrorHeaders, StringComparison.Ordinal)))
                    .Select(r => Producer(r, headers))
                    .OfType<(string Header, string Value)>()
                    .GroupBy(p => p)
                    .OrderBy(p => p.Key.Value, StringComparer.Ordinal);
                foreach (var producer in producers)
                {
                    var detail = string.Create(CultureInfo.InvariantCulture,
                        $"{producer.Count()} of {topic.Samples.Count} sampled records of {topic.Name} carry {producer.Key.Header}={producer.Key.Value}");
                    context.Builder.AddOutput(cluster, producer.Key.Value, JobKind.Producer, cluster.Dataset(topic.Name), new Evidence(EvidenceKind.ProducerHeader, detail));
                }
            }
        }
    }

    private static (string Header, string Value)? Producer(SampledRecord record, IReadOnlyList<string> headers)
    {
        foreach (var header in headers)
        {
            foreach (var (key, value) in record.Headers)
            {
                if (string.Equals(key, header, StringComparison.OrdinalIgnoreCase) && value.Trim() is { Length: > 0 } name)
                {
                    return (header, name);
                }
            }
        }

        return null;
    }

    private static bool IsReplica(InferenceContext context, ClusterView cluster, string topic)
    {
        if (context.Replicas.Contains(cluster.Dataset(topic)))
        {
            return true;
        }

        foreach (var other in context.Platform.Clusters)
        {
            var alias = other.Alias;
            if (other != cluster
                && topic.Length > alias.Length + 1
                && topic[alias.Length] == '.'
                && topic.StartsWith(alias, StringComparison.Ordinal)
                && (other.Topics.ContainsKey(topic[(alias.Length + 1)..]) || !other.MetadataComplete))
            {
                return true;
            }
        }

        return false;
    }
}
