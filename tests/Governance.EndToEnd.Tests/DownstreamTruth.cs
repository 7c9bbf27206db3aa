using System.Text.Json.Nodes;
using Governance.Collector.Identity;
using Governance.Simulator.Scenario;

namespace Governance.EndToEnd.Tests;

/// <summary>
/// What the scenario's ground truth says is downstream of a topic: the applications reading it, then
/// those reading what they write (topics on their cluster, a mirror's replicas on the cloud, external
/// tables a connector writes), transitively, each at the fewest applications away. Also how the
/// collector names an application's jobs, to compare the portal's answer with the truth.
/// </summary>
internal sealed class DownstreamTruth(PlatformScenario scenario)
{
    private readonly Dictionary<string, string> _namespaces = scenario.Clusters.ToDictionary(c => c.Alias, c => ClusterNamespaces.For(c.Id), StringComparer.Ordinal);
    private readonly ClusterScenario _cloud = scenario.Clusters.Single(c => c.Role == ClusterRole.Cloud);

    /// <summary>
    /// Among the cloud's Avro value subjects whose metadata tags fields PII (of topics only the cloud
    /// has, so the subject names one topic), the one with the most applications downstream.
    /// </summary>
    public (SubjectScenario Subject, string Topic, Dictionary<ApplicationScenario, int> Downstream) PiiSubjectWithTheMostDownstream()
    {
        var edgeTopics = scenario.Clusters.Where(c => c.Role == ClusterRole.Edge).SelectMany(c => c.Topics).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        return _cloud.SchemaRegistry!.Subjects
            .Where(s => !s.Deleted && s.Name.EndsWith("-value", StringComparison.Ordinal) && s.Versions.Count > 0
                        && s.Versions[^1].SchemaType == "AVRO" && TagsPii(s.Versions[^1].Metadata))
            .Select(s => (Subject: s, Topic: s.Name[..^"-value".Length]))
            .Where(s => _cloud.Topic(s.Topic) is not null && !edgeTopics.Contains(s.Topic))
            .Select(s => (s.Subject, s.Topic, Downstream: Downstream(_cloud.Alias, s.Topic)))
            .OrderByDescending(s => s.Downstream.Count).ThenBy(s => s.Subject.Name, StringComparer.Ordinal)
            .First();
    }

    /// <summary>The applications downstream of a topic, with their depth (1: they read it).</summary>
    public Dictionary<ApplicationScenario, int> Downstream(string cluster, string topic)
    {
        var result = new Dictionary<ApplicationScenario, int>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { $"{cluster}/{topic}" };
        var frontier = new List<string> { $"{cluster}/{topic}" };
        for (var depth = 1; frontier.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var app in scenario.Applications.Where(a => a.Inputs.Concat(a.ExternalInputs).Select(i => Node(a, i)).Any(frontier.Contains)))
            {
                if (!result.TryAdd(app, depth))
                {
                    continue;
                }

                next.AddRange(app.Outputs.Select(o => $"{app.Cluster}/{o}").Concat(app.ExternalOutputs).Where(seen.Add));
            }

            frontier = next;
        }

        return result;
    }

    /// <summary>The applications a job of the portal stands for (see the collector's naming rules).</summary>
    public List<ApplicationScenario> AppsOf(string @namespace, string job) =>
        scenario.Applications
            .Where(a => Names(a).Contains(job) && (_namespaces[a.Cluster] == @namespace || (a.Kind == ApplicationKind.Mirror
                && a.Inputs.Any(i => i.Contains('/') && _namespaces.GetValueOrDefault(i[..i.IndexOf('/')]) == @namespace))))
            .ToList();

    /// <summary>The owners the registry's metadata declares for the topics an application writes.</summary>
    public IEnumerable<string> OwnersOfOutputs(ApplicationScenario app) =>
        app.Outputs
            .Select(o => scenario.Cluster(app.Cluster).SchemaRegistry?.Subject($"{o}-value") ?? _cloud.SchemaRegistry?.Subject($"{o}-value"))
            .Select(s => s?.Versions.LastOrDefault()?.Metadata?["properties"]?["owner"]?.GetValue<string>())
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);

    /// <summary>An input as a node: a topic on the application's cluster, a mirror's <c>alias/topic</c>, or an external dataset.</summary>
    private static string Node(ApplicationScenario app, string input) =>
        input.Contains("://", StringComparison.Ordinal) || input.Contains('/', StringComparison.Ordinal) ? input : $"{app.Cluster}/{input}";

    private static HashSet<string?> Names(ApplicationScenario app) =>
    [
        app.Name,
        app.GroupId,
        app.Principal?[(app.Principal.IndexOf(':') + 1)..],
        app.ProducerHeader,
        app.Kind == ApplicationKind.Mirror ? $"{app.Name}-source" : null,
    ];

    private static bool TagsPii(JsonObject? metadata) =>
        metadata?["tags"] is JsonObject tags
        && tags.Any(t => t.Value is JsonArray values && values.Any(v => v?.GetValue<string>() == "PII"));
}
