using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Governance.Collector.Lag;
using Governance.Collector.Lineage;
using Governance.Model.OpenLineage;
using Governance.Model.OpenLineage.GovernanceFacets;
using Governance.Model.Platform;

namespace Governance.Collector.Emission;

/// <summary>
/// A JobEvent per inferred job (its complete inputs and outputs, each with the evidence for it), and
/// for jobs backed by a consumer group a RUNNING RunEvent carrying the group's lag and verdict.
/// </summary>
internal static class JobEventBuilder
{
    public static JobEvent Build(EmissionContext context, InferredJob job, ConsumerGroupInfo? group)
    {
        var facets = new JobFacets
        {
            JobType = context.Stamp(new JobTypeJobFacet
            {
                ProcessingType = JobTypeJobFacet.Streaming,
                Integration = "KAFKA",
                JobType = JobTypeName(job.Kind),
            }, "JobTypeJobFacet"),
        };
        if (group is not null)
        {
            facets.AdditionalFacets[GovernanceFacets.ConsumerGroup.Key] = CustomFacets.Build(context, GovernanceFacets.ConsumerGroup, GroupFacet(group));
        }

        return new JobEvent
        {
            EventTime = context.EventTime,
            Producer = EmissionContext.Producer,
            SchemaUrl = FacetSchemaUrls.JobEvent,
            Job = new Job { Namespace = job.Namespace, Name = job.Name, Facets = facets },
            Inputs = job.Inputs.Select(edge => Input(context, edge)).ToList(),
            Outputs = job.Outputs.Select(edge => Output(context, edge)).ToList(),
        };
    }

    /// <summary>A heartbeat of the job's (never-ending) streaming run, with the group's lag.</summary>
    public static RunEvent Running(EmissionContext context, InferredJob job, GroupLag lag) => new()
    {
        EventType = EventTypes.Running,
        EventTime = context.EventTime,
        Producer = EmissionContext.Producer,
        SchemaUrl = FacetSchemaUrls.RunEvent,
        Run = new Run
        {
            RunId = StreamingRunId(job.Namespace, job.Name).ToString(),
            Facets = LagFacets(context, lag),
        },
        Job = new Job { Namespace = job.Namespace, Name = job.Name },
        Inputs = job.Inputs.Select(edge => new InputDataset { Namespace = edge.Dataset.Namespace, Name = edge.Dataset.Name }).ToList(),
        Outputs = job.Outputs.Select(edge => new OutputDataset { Namespace = edge.Dataset.Namespace, Name = edge.Dataset.Name }).ToList(),
    };

    /// <summary>Tells the portal a job has vanished (OpenLineage has no job lifecycle facet, so we use ours).</summary>
    public static JobEvent Dropped(EmissionContext context, string ns, string name)
    {
        var facets = new JobFacets();
        facets.AdditionalFacets[GovernanceFacets.Lifecycle.Key] =
            CustomFacets.Build(context, GovernanceFacets.Lifecycle, new JsonObject { ["state"] = "DROPPED" });
        return new JobEvent
        {
            EventTime = context.EventTime,
            Producer = EmissionContext.Producer,
            SchemaUrl = FacetSchemaUrls.JobEvent,
            Job = new Job { Namespace = ns, Name = name, Facets = facets },
        };
    }

    /// <summary>
    /// A streaming job runs forever: one run per job, with an id derived from the job's identity so
    /// heartbeats from restarted collectors continue the same run.
    /// </summary>
    public static Guid StreamingRunId(string ns, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"streaming-run\n{ns}\n{name}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5 (name-based)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }

    public static string JobTypeName(JobKind kind) => kind switch
    {
        JobKind.ConsumerGroup => "CONSUMER_GROUP",
        JobKind.StreamsApp => "STREAMS_APP",
        JobKind.Connector => "CONNECTOR",
        JobKind.Mirror => "MIRROR",
        JobKind.Producer => "PRODUCER",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static InputDataset Input(EmissionContext context, InferredEdge edge)
    {
        var dataset = new InputDataset { Namespace = edge.Dataset.Namespace, Name = edge.Dataset.Name };
        dataset.InputFacets.AdditionalFacets[GovernanceFacets.InputEvidence.Key] =
            CustomFacets.Build(context, GovernanceFacets.InputEvidence, EvidenceFacet(edge));
        return dataset;
    }

    private static OutputDataset Output(EmissionContext context, InferredEdge edge)
    {
        var dataset = new OutputDataset { Namespace = edge.Dataset.Namespace, Name = edge.Dataset.Name };
        dataset.OutputFacets.AdditionalFacets[GovernanceFacets.OutputEvidence.Key] =
            CustomFacets.Build(context, GovernanceFacets.OutputEvidence, EvidenceFacet(edge));
        return dataset;
    }

    private static JsonObject EvidenceFacet(InferredEdge edge) => new()
    {
        ["evidence"] = new JsonArray(edge.Evidence
            .Select(e => (JsonNode)new JsonObject { ["kind"] = e.Kind.ToString(), ["detail"] = e.Detail })
            .ToArray()),
    };

    private static JsonObject GroupFacet(ConsumerGroupInfo group) => new()
    {
        ["groupId"] = group.GroupId,
        ["state"] = group.State,
        ["protocol"] = group.Protocol,
        ["members"] = new JsonArray(group.Members
            .OrderBy(m => m.ClientId, StringComparer.Ordinal).ThenBy(m => m.Host, StringComparer.Ordinal)
            .Select(m => (JsonNode)new JsonObject { ["clientId"] = m.ClientId, ["host"] = m.Host, ["partitions"] = m.Assignment.Count })
            .ToArray()),
    };

    private static RunFacets LagFacets(EmissionContext context, GroupLag lag)
    {
        var facets = new RunFacets();
        facets.AdditionalFacets[GovernanceFacets.ConsumerLag.Key] = CustomFacets.Build(context, GovernanceFacets.ConsumerLag, new JsonObject
        {
            ["verdict"] = lag.Verdict.ToBurrowName(),
            ["totalLag"] = lag.TotalLag,
            ["partitions"] = new JsonArray(lag.Partitions.Select(p =>
            {
                var partition = new JsonObject
                {
                    ["topic"] = p.Topic,
                    ["partition"] = p.Partition,
                    ["committedOffset"] = p.CommittedOffset,
                    ["status"] = p.Verdict.ToBurrowName(),
                };
                if (p.LogEndOffset is { } end)
                {
                    partition["logEndOffset"] = end;
                }

                if (p.Lag is { } known)
                {
                    partition["lag"] = known;
                }

                return (JsonNode)partition;
            }).ToArray()),
        });
        return facets;
    }
}
