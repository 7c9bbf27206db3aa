namespace Governance.Simulator.Scenario;

/// <summary>Faults the control surface can inject into the HTTP servers.</summary>
public enum HttpFault
{
    None,
    /// <summary>Answer every request with 500 and a registry-style error body.</summary>
    ServerError,
    /// <summary>Hold every request until the client gives up.</summary>
    Timeout,
}

/// <summary>
/// The running platform shared by all simulated servers. Every read and every change goes through
/// <see cref="Read{T}"/> / <see cref="Mutate"/> under one lock, so a change made by a test is seen by
/// the next client call, whichever server answers it.
/// </summary>
public sealed class SimulatedPlatform(PlatformScenario scenario)
{
    private readonly Lock _sync = new();

    /// <summary>Raised (outside the lock) after a change; servers use it to drop connections.</summary>
    public event Action<PlatformChange>? Changed;

    public HttpFault RegistryFault { get; private set; }
    public HttpFault ConnectFault { get; private set; }

    public T Read<T>(Func<PlatformScenario, T> read)
    {
        lock (_sync)
        {
            return read(scenario);
        }
    }

    public void Mutate(Action<PlatformScenario> change, PlatformChange? notify = null)
    {
        lock (_sync)
        {
            change(scenario);
        }

        Changed?.Invoke(notify ?? PlatformChange.Data);
    }

    // ---- Control surface: the changes tests make to simulate time and faults ----

    /// <summary>Moves a group's committed offsets forward (or back, with a negative delta), capped at the log end.</summary>
    public void AdvanceGroupOffsets(string cluster, string groupId, long delta) => Mutate(s =>
    {
        var c = s.Cluster(cluster);
        var group = c.Group(groupId) ?? throw new KeyNotFoundException($"No group '{groupId}' on '{cluster}'.");
        foreach (var offset in group.Offsets)
        {
            var partition = c.Topic(offset.Topic)?.Partitions.FirstOrDefault(p => p.Id == offset.Partition);
            var end = partition?.LogEndOffset ?? long.MaxValue;
            offset.Offset = Math.Clamp(offset.Offset + delta, 0, end);
        }
    });

    /// <summary>Grows every partition's log end offset of a topic (new records arrived).</summary>
    public void GrowLogEnd(string cluster, string topic, long delta) => Mutate(s =>
    {
        var t = s.Cluster(cluster).Topic(topic) ?? throw new KeyNotFoundException($"No topic '{topic}' on '{cluster}'.");
        foreach (var partition in t.Partitions)
        {
            partition.LogEndOffset += delta;
        }
    });

    /// <summary>Deletes a topic (and the committed offsets on it).</summary>
    public void DeleteTopic(string cluster, string topic) => Mutate(s =>
    {
        var c = s.Cluster(cluster);
        c.Topics.RemoveAll(t => t.Name == topic);
        foreach (var group in c.Groups)
        {
            group.Offsets.RemoveAll(o => o.Topic == topic);
            foreach (var member in group.Members)
            {
                member.Assignment.RemoveAll(a => a.Topic == topic);
            }
        }
    });

    /// <summary>Registers a new version of a subject with the next free schema id; returns that id.</summary>
    public int AddSchemaVersion(string cluster, string subject, string schema, string schemaType = "AVRO")
    {
        var id = 0;
        Mutate(s =>
        {
            var registry = s.Cluster(cluster).SchemaRegistry ?? throw new InvalidOperationException($"'{cluster}' has no Schema Registry.");
            id = SchemaRegistryIds.Next(s);
            var target = registry.Subject(subject) ?? AddSubject(registry, subject);
            target.Versions.Add(new SchemaVersionScenario
            {
                Version = target.Versions.Count == 0 ? 1 : target.Versions.Max(v => v.Version) + 1,
                Id = id,
                SchemaType = schemaType,
                Schema = schema,
            });
        });
        return id;
    }

    public void SetRegistryFault(HttpFault fault)
    {
        RegistryFault = fault;
        Changed?.Invoke(PlatformChange.Faults);
    }

    public void SetConnectFault(HttpFault fault)
    {
        ConnectFault = fault;
        Changed?.Invoke(PlatformChange.Faults);
    }

    /// <summary>Closes every open client connection to a cluster's brokers (clients reconnect).</summary>
    public void DropConnections(string cluster) => Changed?.Invoke(PlatformChange.DropConnections(cluster));

    private static SubjectScenario AddSubject(SchemaRegistryScenario registry, string subject)
    {
        var created = new SubjectScenario { Name = subject };
        registry.Subjects.Add(created);
        return created;
    }
}

/// <summary>What changed; <see cref="Cluster"/> names the cluster for connection drops.</summary>
public sealed record PlatformChange(string Kind, string? Cluster = null)
{
    public static readonly PlatformChange Data = new("data");
    public static readonly PlatformChange Faults = new("faults");

    public static PlatformChange DropConnections(string cluster) => new("drop-connections", cluster);
}

/// <summary>Schema ids are unique across every registry of a platform, as in one Confluent registry cluster.</summary>
public static class SchemaRegistryIds
{
    public static int Next(PlatformScenario scenario) =>
        scenario.Clusters
            .Where(c => c.SchemaRegistry is not null)
            .SelectMany(c => c.SchemaRegistry!.Subjects)
            .SelectMany(s => s.Versions)
            .Select(v => v.Id)
            .DefaultIfEmpty(0)
            .Max() + 1;
}
