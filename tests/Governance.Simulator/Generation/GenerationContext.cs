using Bogus;
using Governance.Simulator.Generation.Schemas;
using Governance.Simulator.Generation.Values;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Generation;

/// <summary>
/// Shared state of one generation run. Everything random comes from one seeded <see cref="Random"/>
/// and one seeded Bogus <see cref="Faker"/>, and everything is produced in a fixed order, so the same
/// seed gives the same scenario. Time is <see cref="Now"/>, never the clock.
/// </summary>
internal sealed class GenerationContext
{
    /// <summary>The fixed "now" of every generated scenario.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<(string Cluster, string Topic), TopicPlan> _topics = [];
    private int _appGroups;
    private int _deletedSubjects;

    public GenerationContext(RetailScenarioOptions options)
    {
        if (options.EffectiveStores is < 1 or > 9_999)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.EffectiveStores, "Stores must be between 1 and 9999.");
        }

        Options = options;
        Profile = SizeProfile.For(options.Size);
        Random = new Random(options.Seed);
        // A local randomizer, not the global Randomizer.Seed, so parallel generations do not interfere.
        Faker = new Faker("en") { Random = new Randomizer(options.Seed) };
        Pools = new Pools(Faker, Random, Profile.Customers, Profile.Articles);
        Values = new ValueFactory(Random, Pools);
        Schemas = new SchemaIdAllocator();
        Scenario = new PlatformScenario
        {
            Name = $"retail-{options.Size.ToString().ToLowerInvariant()}-{options.EffectiveStores}-stores",
            Seed = options.Seed,
        };
    }

    public RetailScenarioOptions Options { get; }
    public SizeProfile Profile { get; }
    public Random Random { get; }
    public Faker Faker { get; }
    public Pools Pools { get; }
    public ValueFactory Values { get; }
    public SchemaIdAllocator Schemas { get; }
    public PlatformScenario Scenario { get; }

    public ClusterScenario Cloud { get; set; } = null!;
    public List<ClusterScenario> Stores { get; } = [];
    public List<TopicPlan> TopicPlans { get; } = [];
    public List<AppPlan> Apps { get; } = [];

    public SchemaRegistryScenario Registry => Cloud.SchemaRegistry!;

    public TopicPlan? FindTopic(ClusterScenario cluster, string name) => _topics.GetValueOrDefault((cluster.Alias, name));

    public TopicPlan Topic(ClusterScenario cluster, string name) =>
        FindTopic(cluster, name) ?? throw new KeyNotFoundException($"No topic '{name}' on '{cluster.Alias}'.");

    public void Register(TopicPlan plan)
    {
        if (!_topics.TryAdd((plan.Cluster.Alias, plan.Name), plan))
        {
            throw new InvalidOperationException($"Topic '{plan.Name}' already exists on '{plan.Cluster.Alias}'.");
        }

        plan.Cluster.Topics.Add(plan.Topic);
        TopicPlans.Add(plan);
    }

    public AppPlan Add(AppPlan app)
    {
        Apps.Add(app);
        if (app.App.GroupId is not null) _appGroups++;
        Scenario.Applications.Add(app.App);
        return app;
    }

    public int TopicCount => TopicPlans.Count;
    /// <summary>Groups the derivation will create: one per consuming app, one per Connect worker cluster.</summary>
    public int GroupCount => _appGroups + Scenario.Clusters.Count(c => c.Connect is not null);

    public int LiveSubjectCount => Registry.Subjects.Count - _deletedSubjects;

    public void SoftDelete(SubjectScenario subject)
    {
        if (subject.Deleted) return;
        subject.Deleted = true;
        _deletedSubjects++;
    }

    /// <summary>A version-4 GUID from the seeded generator.</summary>
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    public bool Chance(double probability) => Random.NextDouble() < probability;

    /// <summary>A private-network client address as brokers report it (<c>/10.x.y.z</c>).</summary>
    public string ClientHost(string network) => $"/{network}.{Random.Next(0, 32)}.{Random.Next(2, 250)}";
}
