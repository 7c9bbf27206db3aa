using Governance.Model.OpenLineage;

namespace Governance.Collector.Tests.Outbox;

/// <summary>Distinct, valid OpenLineage run events for outbox tests.</summary>
internal static class TestEvents
{
    private const string Producer = "https://github.com/governance/collector/tests";
    private const string RunSchema = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent";

    /// <summary>A run event that is unique for (<paramref name="index"/>, <paramref name="job"/>, <paramref name="tag"/>).</summary>
    public static RunEvent Run(int index, string job = "store-042.orders", string tag = "t") => new()
    {
        EventTime = new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.Zero).AddSeconds(index).ToString("O"),
        Producer = Producer,
        SchemaUrl = RunSchema,
        EventType = EventTypes.Complete,
        Run = new Run { RunId = DeterministicGuid(index, job, tag).ToString() },
        Job = new Job { Namespace = "kafka://store-042", Name = job },
    };

    /// <summary><paramref name="count"/> distinct events starting at <paramref name="start"/>.</summary>
    public static List<OpenLineageEvent> Many(int count, int start = 0, string tag = "t") =>
        [.. Enumerable.Range(start, count).Select(i => (OpenLineageEvent)Run(i, tag: tag))];

    /// <summary>An event whose payload is about <paramref name="bytes"/> long (a padded job name).</summary>
    public static RunEvent Large(int index, int bytes) => Run(index, job: "big-" + new string('x', bytes));

    private static Guid DeterministicGuid(int index, string job, string tag)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{tag}/{job}/{index}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
