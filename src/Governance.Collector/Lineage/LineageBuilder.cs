namespace Governance.Collector.Lineage;

/// <summary>
/// Collects edges from every rule and merges them: one job per (namespace, name), one edge per
/// (direction, dataset), evidence de-duplicated. Only edges make jobs: a job no rule found an edge
/// for does not appear.
/// </summary>
internal sealed class LineageBuilder
{
    private readonly Dictionary<(string Namespace, string Name), JobAccumulator> _jobs = [];

    public void AddInput(ClusterView cluster, string job, JobKind kind, DatasetRef dataset, Evidence evidence) =>
        Job(cluster, job, kind).Inputs.Add(dataset, evidence);

    public void AddOutput(ClusterView cluster, string job, JobKind kind, DatasetRef dataset, Evidence evidence) =>
        Job(cluster, job, kind).Outputs.Add(dataset, evidence);

    public IReadOnlyList<InferredJob> Build() =>
        _jobs
            .OrderBy(j => j.Key.Namespace, StringComparer.Ordinal)
            .ThenBy(j => j.Key.Name, StringComparer.Ordinal)
            .Select(j => new InferredJob
            {
                Namespace = j.Key.Namespace,
                Name = j.Key.Name,
                Kind = j.Value.FinalKind,
                Cluster = j.Value.Cluster,
                Inputs = j.Value.Inputs.Build(),
                Outputs = j.Value.Outputs.Build(),
            })
            .ToList();

    private JobAccumulator Job(ClusterView cluster, string name, JobKind kind)
    {
        if (!_jobs.TryGetValue((cluster.Namespace, name), out var job))
        {
            job = new JobAccumulator(cluster.Alias, kind);
            _jobs.Add((cluster.Namespace, name), job);
        }

        job.Merge(kind);
        return job;
    }

    private sealed class JobAccumulator(string cluster, JobKind kind)
    {
        public string Cluster { get; } = cluster;

        public JobKind Kind { get; private set; } = kind;

        public EdgeSet Inputs { get; } = new();

        public EdgeSet Outputs { get; } = new();

        /// <summary>
        /// A job seen only through a principal, header or declaration is provisionally a producer; if it
        /// turns out to only read (READ ACLs), it is a consumer, the closest kind there is.
        /// </summary>
        public JobKind FinalKind => Kind == JobKind.Producer && Outputs.IsEmpty ? JobKind.ConsumerGroup : Kind;

        /// <summary>Keeps the most specific kind: a group that also produces stays a group, a Streams app stays one.</summary>
        public void Merge(JobKind other)
        {
            if (Rank(other) > Rank(Kind))
            {
                Kind = other;
            }
        }

        private static int Rank(JobKind kind) => kind switch
        {
            JobKind.Mirror => 4,
            JobKind.Connector => 3,
            JobKind.StreamsApp => 2,
            JobKind.ConsumerGroup => 1,
            _ => 0,
        };
    }

    private sealed class EdgeSet
    {
        private readonly Dictionary<DatasetRef, List<Evidence>> _edges = [];

        public bool IsEmpty => _edges.Count == 0;

        public void Add(DatasetRef dataset, Evidence evidence)
        {
            if (!_edges.TryGetValue(dataset, out var list))
            {
                list = [];
                _edges.Add(dataset, list);
            }

            if (!list.Contains(evidence))
            {
                list.Add(evidence);
            }
        }

        public IReadOnlyList<InferredEdge> Build() =>
            _edges
                .OrderBy(e => e.Key.Namespace, StringComparer.Ordinal)
                .ThenBy(e => e.Key.Name, StringComparer.Ordinal)
                .Select(e => new InferredEdge(e.Key, e.Value.OrderBy(v => v.Kind).ThenBy(v => v.Detail, StringComparer.Ordinal).ToList()))
                .ToList();
    }
}
