using System.Text;
using Governance.Collector.Identity;
using Governance.Collector.Lineage;
using Governance.Simulator.Scenario;

namespace Governance.Collector.Tests.Lineage;

/// <summary>Which way data flows on an edge.</summary>
internal enum Direction
{
    In,
    Out,
}

/// <summary>A ground-truth edge: an application reads or writes a dataset.</summary>
internal sealed record TruthEdge(ApplicationScenario App, Direction Direction, DatasetRef Dataset, bool Evidenced)
{
    public override string ToString() => $"{App.Name}@{App.Cluster} {(Direction == Direction.In ? "<-" : "->")} {Dataset}";
}

/// <summary>
/// The ground truth of a generated scenario in the inference's terms, and the comparison of an
/// inference result with it. An edge is evidenced when the generator derived something from it that
/// a scan shows (see <see cref="IsEvidenced"/>); inference must find exactly the evidenced edges.
/// </summary>
internal sealed class GroundTruth
{
    private readonly PlatformScenario _scenario;
    private readonly Dictionary<string, string> _namespaces;
    private readonly ILookup<ApplicationScenario, TruthEdge> _edgesByApp;
    private readonly ILookup<string, ApplicationScenario> _appsByName;

    public GroundTruth(PlatformScenario scenario)
    {
        _scenario = scenario;
        _namespaces = scenario.Clusters.ToDictionary(c => c.Alias, c => ClusterNamespaces.For(c.Id), StringComparer.Ordinal);
        Edges = scenario.Applications.SelectMany(EdgesOf).ToList();
        _edgesByApp = Edges.ToLookup(e => e.App);
        _appsByName = scenario.Applications
            .SelectMany(a => Names(a).OfType<string>().Select(name => (Name: name, App: a)))
            .ToLookup(x => x.Name, x => x.App, StringComparer.Ordinal);
    }

    public IReadOnlyList<TruthEdge> Edges { get; }

    public IEnumerable<TruthEdge> Unknowable => Edges.Where(e => !e.Evidenced);

    /// <summary>Compares inferred jobs with the truth; returns a readable list of differences (empty when equal).</summary>
    public string Compare(PlatformLineage lineage)
    {
        var report = new StringBuilder();
        var found = new HashSet<TruthEdge>();
        foreach (var job in lineage.Jobs)
        {
            var apps = AppsOf(job);
            if (apps.Count == 0)
            {
                report.AppendLine($"invented job {job.Namespace}/{job.Name} ({job.Kind}) with {job.Inputs.Count} inputs and {job.Outputs.Count} outputs");
                continue;
            }

            foreach (var (direction, edge) in job.Inputs.Select(e => (Direction.In, e)).Concat(job.Outputs.Select(e => (Direction.Out, e))))
            {
                var truth = apps.SelectMany(a => _edgesByApp[a]).Where(t => t.Direction == direction && Same(edge.Dataset, t.Dataset)).ToList();
                if (truth.Count == 0)
                {
                    report.AppendLine($"invented edge {job.Name} {(direction == Direction.In ? "<-" : "->")} {edge.Dataset} ({string.Join("; ", edge.Evidence.Select(e => e.Detail))})");
                }

                found.UnionWith(truth);
            }
        }

        foreach (var missing in Edges.Where(e => e.Evidenced && !found.Contains(e)))
        {
            report.AppendLine($"missing edge {missing}");
        }

        foreach (var unexpected in Edges.Where(e => !e.Evidenced && found.Contains(e)))
        {
            report.AppendLine($"found an edge the truth says has no evidence: {unexpected}");
        }

        return report.ToString();
    }

    /// <summary>
    /// The applications a job stands for: same namespace, and the job is named after the app, its
    /// group, its principal, its producer header or (MirrorMaker 2) its source connector. A mirror's
    /// principal also has ACLs on the clusters it reads from, so its principal's job may live there.
    /// </summary>
    private List<ApplicationScenario> AppsOf(InferredJob job) =>
        _appsByName[job.Name]
            .Where(a => _namespaces[a.Cluster] == job.Namespace || ReadsFrom(a, job.Namespace))
            .Distinct()
            .ToList();

    private bool ReadsFrom(ApplicationScenario app, string ns) =>
        app.Kind == ApplicationKind.Mirror && app.Inputs.Any(i => i.Contains('/') && _namespaces.GetValueOrDefault(i[..i.IndexOf('/')]) == ns);

    private static HashSet<string?> Names(ApplicationScenario app) =>
    [
        app.Name,
        app.GroupId,
        app.Principal?[(app.Principal.IndexOf(':') + 1)..],
        app.ProducerHeader,
        app.Kind == ApplicationKind.Mirror ? $"{app.Name}-source" : null,
    ];

    private IEnumerable<TruthEdge> EdgesOf(ApplicationScenario app)
    {
        var ns = _namespaces[app.Cluster];
        foreach (var input in app.Inputs)
        {
            // Mirrors name their sources "<cluster alias>/<topic>".
            var slash = input.IndexOf('/');
            var dataset = slash > 0 && _namespaces.TryGetValue(input[..slash], out var remote)
                ? new DatasetRef(remote, input[(slash + 1)..])
                : new DatasetRef(ns, input);
            yield return new TruthEdge(app, Direction.In, dataset, IsEvidenced(app, Direction.In, input));
        }

        foreach (var output in app.Outputs)
        {
            yield return new TruthEdge(app, Direction.Out, new DatasetRef(ns, output), IsEvidenced(app, Direction.Out, output));
        }

        foreach (var external in app.ExternalInputs)
        {
            yield return new TruthEdge(app, Direction.In, External(external), Evidenced: true);
        }

        foreach (var external in app.ExternalOutputs)
        {
            yield return new TruthEdge(app, Direction.Out, External(external), Evidenced: true);
        }
    }

    /// <summary>
    /// What the platform shows of an edge, following the generator's derivation: connectors and
    /// mirrors show all theirs in their configuration; a group shows its inputs, a principal (which
    /// gets ACLs) its inputs and outputs; a producer header shows an output only if a sampled record
    /// of the topic carries it.
    /// </summary>
    private bool IsEvidenced(ApplicationScenario app, Direction direction, string topic)
    {
        if (app.Kind is ApplicationKind.Mirror or ApplicationKind.ConnectSource or ApplicationKind.ConnectSink || app.Principal is not null)
        {
            return true;
        }

        return direction == Direction.In
            ? app.GroupId is not null && _scenario.Cluster(app.Cluster).Group(app.GroupId) is not null
            : app.ProducerHeader is { } header && (_scenario.Cluster(app.Cluster).Topic(topic)?.Partitions ?? [])
                .SelectMany(p => p.Records)
                .Any(r => r.Headers.Any(h => h.Key == "app-id" && h.Value is not null && Encoding.UTF8.GetString(h.Value) == header));
    }

    /// <summary>The ground truth writes external datasets as <c>scheme://host/name</c>.</summary>
    private static DatasetRef External(string spelled)
    {
        var hostStart = spelled.IndexOf("://", StringComparison.Ordinal) + 3;
        var nameStart = spelled.IndexOf('/', hostStart);
        return new DatasetRef(spelled[..nameStart], spelled[(nameStart + 1)..]);
    }

    /// <summary>
    /// Whether an inferred dataset is the truth's. Topics must be equal. The ground truth abbreviates
    /// external datasets: hosts without the <c>.retail.internal</c> domain and port
    /// (<c>postgres://warehouse</c> for <c>postgres://warehouse.retail.internal:5432</c>), and the JDBC
    /// sink's tables as <c>schema.table</c> where OpenLineage's name is <c>database.schema.table</c>.
    /// </summary>
    private static bool Same(DatasetRef inferred, DatasetRef truth)
    {
        if (inferred == truth)
        {
            return true;
        }

        if (inferred.Namespace.StartsWith("kafka://", StringComparison.Ordinal))
        {
            return false;
        }

        var ns = inferred.Namespace;
        var port = ns.LastIndexOf(':');
        if (port > ns.IndexOf("://", StringComparison.Ordinal) + 2)
        {
            ns = ns[..port];
        }

        ns = ns.Replace(".retail.internal", "", StringComparison.Ordinal);
        return ns == truth.Namespace
            && (inferred.Name == truth.Name
                || (inferred.Name.Count(c => c == '.') == 2 && truth.Name.Count(c => c == '.') == 1 && inferred.Name.EndsWith("." + truth.Name, StringComparison.Ordinal)));
    }
}
