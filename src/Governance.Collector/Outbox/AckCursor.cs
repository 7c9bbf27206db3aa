using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.Collector.Outbox;

/// <summary>
/// Which events are acknowledged: every sequence up to <see cref="Through"/>, plus the few above it
/// that were acknowledged out of order. Persisted as <c>cursor.json</c>, replaced atomically on
/// every change, so after a crash it is either the previous or the new state (the previous one only
/// causes harmless resends).
/// </summary>
/// <remarks>
/// The cursor also keeps the sequence numbers monotonic after every segment has been deleted: a
/// new record must never get a sequence the cursor already counts as acknowledged.
/// </remarks>
internal sealed class AckCursor
{
    public const string FileName = "cursor.json";

    private readonly SortedSet<long> _above;

    private AckCursor(long through, IEnumerable<long> above)
    {
        Through = through;
        _above = new SortedSet<long>(above.Where(s => s > through));
    }

    /// <summary>Every sequence up to and including this one is acknowledged.</summary>
    public long Through { get; private set; }

    /// <summary>Highest sequence the cursor knows of (to resume numbering after it).</summary>
    public long Highest => _above.Count == 0 ? Through : Math.Max(Through, _above.Max);

    public bool IsAcknowledged(long sequence) => sequence <= Through || _above.Contains(sequence);

    /// <summary>Marks a sequence acknowledged; <c>false</c> when it already was.</summary>
    public bool Add(long sequence) => sequence > Through && _above.Add(sequence);

    /// <summary>Moves the watermark forward (never back) and forgets the individual acknowledgements below it.</summary>
    public void AdvanceTo(long through)
    {
        if (through <= Through)
        {
            return;
        }

        Through = through;
        _above.RemoveWhere(s => s <= through);
    }

    /// <summary>Reads the cursor file; a missing file is an empty cursor.</summary>
    /// <exception cref="JsonException">The file is not a cursor (the caller decides how to recover).</exception>
    public static AckCursor Load(string path)
    {
        if (!File.Exists(path))
        {
            return new AckCursor(0, []);
        }

        var stored = JsonSerializer.Deserialize(File.ReadAllBytes(path), CursorJsonContext.Default.StoredCursor)
            ?? throw new JsonException("the cursor file holds null.");
        if (stored.Version != 1)
        {
            throw new JsonException($"unsupported cursor version {stored.Version}.");
        }

        return new AckCursor(stored.AcknowledgedThrough, stored.Acknowledged ?? []);
    }

    public static AckCursor Empty() => new(0, []);

    /// <summary>Writes the cursor durably and atomically.</summary>
    public void Save(string path)
    {
        var stored = new StoredCursor(1, Through, [.. _above]);
        DurableFile.ReplaceAtomically(path, JsonSerializer.SerializeToUtf8Bytes(stored, CursorJsonContext.Default.StoredCursor));
    }
}

/// <summary>The JSON shape of <c>cursor.json</c>.</summary>
internal sealed record StoredCursor(
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("acknowledgedThrough")] long AcknowledgedThrough,
    [property: JsonPropertyName("acknowledged")] long[]? Acknowledged);

[JsonSerializable(typeof(StoredCursor))]
internal sealed partial class CursorJsonContext : JsonSerializerContext;
