using Governance.Simulator.Generation.Schemas;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Generation.Catalog;

/// <summary>How a topic's keys are registered.</summary>
internal enum KeySubject
{
    /// <summary>Plain string keys, no key subject.</summary>
    None,
    /// <summary><c>&lt;topic&gt;-key</c> with the primitive AVRO schema <c>"string"</c>.</summary>
    AvroString,
    /// <summary><c>&lt;topic&gt;-key</c> with an AVRO record.</summary>
    AvroRecord,
}

/// <summary>
/// Creates data topics together with their subjects (TopicNameStrategy: <c>&lt;topic&gt;-value</c>,
/// <c>&lt;topic&gt;-key</c>). Topics of the same name on several store clusters share one subject in the
/// central registry, as with one Confluent registry serving every cluster.
/// </summary>
internal sealed class DataTopics(GenerationContext ctx)
{
    private readonly Dictionary<string, BoundSchema> _subjects = new(StringComparer.Ordinal);

    private SubjectFactory? _factory;

    // Created on first use: the registry exists only once the cloud cluster does.
    public SubjectFactory Subjects => _factory ??= new SubjectFactory(ctx.Registry, ctx.Schemas);

    public TopicPlan Add(
        ClusterScenario cluster,
        string name,
        RecordSpec record,
        string format,
        TopicSpec spec,
        SubjectOptions? subject = null,
        KeySubject key = KeySubject.None,
        RecordSpec? keyRecord = null)
    {
        var plan = TopicFactory.Create(ctx, cluster, name, spec with { Role = TopicRole.Data, Key = key == KeySubject.None ? KeyKind.Text : KeyKind.Schema });
        plan.Value = Subject($"{name}-value", () => Subjects.RegisterRecord($"{name}-value", record, format, subject ?? new SubjectOptions(spec.Owner, spec.Domain)));
        plan.KeySchema = key switch
        {
            KeySubject.AvroString => Subject($"{name}-key", () => Subjects.RegisterStringKey($"{name}-key")),
            KeySubject.AvroRecord => Subject($"{name}-key", () => Subjects.RegisterRecord($"{name}-key", keyRecord ?? throw new ArgumentNullException(nameof(keyRecord)), SchemaFormat.Avro,
                new SubjectOptions(spec.Owner, spec.Domain) { EmailCondition = false })),
            _ => null,
        };
        return plan;
    }

    /// <summary>Registers a key subject for an existing topic that had plain keys (padding to an exact subject count).</summary>
    public void AddStringKey(TopicPlan plan)
    {
        plan.KeySchema = Subject($"{plan.Name}-key", () => Subjects.RegisterStringKey($"{plan.Name}-key"));
        plan.Key = KeyKind.Schema;
    }

    /// <summary>A subject registered without a topic (a type the Streams serde registers, a deleted topic's leftovers).</summary>
    public BoundSchema Standalone(string subject, RecordSpec record, string format, SubjectOptions options) =>
        Subject(subject, () => Subjects.RegisterRecord(subject, record, format, options));

    private BoundSchema Subject(string name, Func<BoundSchema> register)
    {
        if (!_subjects.TryGetValue(name, out var bound))
        {
            bound = register();
            _subjects.Add(name, bound);
        }

        return bound;
    }
}
