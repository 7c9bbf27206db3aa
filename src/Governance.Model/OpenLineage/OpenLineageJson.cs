using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Governance.Model.OpenLineage.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>
/// Entry point for reading and writing OpenLineage events with System.Text.Json.
/// </summary>
/// <remarks>
/// Round trips are lossless: <c>Serialize(ParseEvent(json))</c> is the same JSON document as <c>json</c> (property
/// order may differ). Unknown properties and facets are kept verbatim, explicit <c>null</c>s survive, and properties
/// absent from the source are not added. Always use <see cref="Options"/>; other options lose these guarantees.
/// </remarks>
public static class OpenLineageJson
{
    /// <summary>Maximum nesting depth accepted; higher than the System.Text.Json default of 64 because facets such as <c>spark.logicalPlan</c> nest deeply.</summary>
    public const int MaxDepth = 256;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = MaxDepth };

    /// <summary>
    /// The serializer options of the model (read-only): exact property names, presence tracking for lossless round
    /// trips, non-ASCII text written unescaped.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Parses one event from JSON text.</summary>
    /// <param name="json">A single OpenLineage event (a JSON object).</param>
    /// <returns>A <see cref="RunEvent"/>, <see cref="DatasetEvent"/> or <see cref="JobEvent"/>.</returns>
    /// <exception cref="OpenLineageFormatException">The text is not JSON or cannot be shaped into an event.</exception>
    public static OpenLineageEvent ParseEvent(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = ParseDocument(() => JsonDocument.Parse(json, DocumentOptions));
        return ParseEvent(document.RootElement);
    }

    /// <summary>Parses one event from UTF-8 JSON, e.g. a Kafka message value.</summary>
    /// <param name="utf8Json">A single OpenLineage event (a JSON object) as UTF-8 bytes.</param>
    /// <returns>A <see cref="RunEvent"/>, <see cref="DatasetEvent"/> or <see cref="JobEvent"/>.</returns>
    /// <exception cref="OpenLineageFormatException">The bytes are not JSON or cannot be shaped into an event.</exception>
    public static OpenLineageEvent ParseEvent(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = ParseDocument(() => JsonDocument.Parse(utf8Json, DocumentOptions));
        return ParseEvent(document.RootElement);
    }

    /// <summary>
    /// Parses one event from a JSON element. The event type is taken from <c>schemaURL</c> when it names one
    /// (see <see cref="KindFromSchemaUrl"/>), otherwise from the shape (see <see cref="DetectKind"/>).
    /// The result does not reference <paramref name="element"/>, so its document may be disposed afterwards.
    /// </summary>
    /// <param name="element">A single OpenLineage event.</param>
    /// <returns>A <see cref="RunEvent"/>, <see cref="DatasetEvent"/> or <see cref="JobEvent"/>.</returns>
    /// <exception cref="OpenLineageFormatException">The element cannot be shaped into an event; <see cref="OpenLineageFormatException.Path"/> says where.</exception>
    public static OpenLineageEvent ParseEvent(JsonElement element)
    {
        var kind = DetectKind(element);
        EventShape.Check(element, kind);
        try
        {
            OpenLineageEvent? parsed = kind switch
            {
                OpenLineageEventKind.Run => element.Deserialize<RunEvent>(Options),
                OpenLineageEventKind.Job => element.Deserialize<JobEvent>(Options),
                _ => element.Deserialize<DatasetEvent>(Options),
            };
            return parsed ?? throw new OpenLineageFormatException("$", "the event deserialised to null.");
        }
        catch (JsonException ex)
        {
            throw new OpenLineageFormatException(ex.Path ?? "$", ex.Message, ex);
        }
    }

    /// <summary>
    /// Determines the event type: by <c>schemaURL</c> when it names a type, otherwise by shape — <c>run</c> present
    /// → run event; else <c>dataset</c> present → dataset event; else <c>job</c> present → job event.
    /// </summary>
    /// <param name="element">A single OpenLineage event.</param>
    /// <returns>The event type.</returns>
    /// <exception cref="OpenLineageFormatException">Not a JSON object, or no type can be determined.</exception>
    public static OpenLineageEventKind DetectKind(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new OpenLineageFormatException("$", $"an OpenLineage event must be a JSON object, found {EventShape.DescribeKind(element)}.");
        }

        if (element.TryGetProperty("schemaURL", out var schemaUrl) && schemaUrl.ValueKind == JsonValueKind.String
            && KindFromSchemaUrl(schemaUrl.GetString()) is { } declared)
        {
            return declared;
        }

        if (element.TryGetProperty("run", out _))
        {
            return OpenLineageEventKind.Run;
        }

        if (element.TryGetProperty("dataset", out _))
        {
            return OpenLineageEventKind.Dataset;
        }

        if (element.TryGetProperty("job", out _))
        {
            return OpenLineageEventKind.Job;
        }

        throw new OpenLineageFormatException("$", "cannot determine the event type: schemaURL names no event type and there is no 'run', 'dataset' or 'job'.");
    }

    /// <summary>
    /// The event type named by the fragment of a <c>schemaURL</c>: <c>#/$defs/RunEvent</c> (spec 2-x),
    /// <c>#/definitions/RunEvent</c> (spec 1-x), and the same for <c>DatasetEvent</c> and <c>JobEvent</c>.
    /// </summary>
    /// <param name="schemaUrl">The event's <c>schemaURL</c>; may be <c>null</c>.</param>
    /// <returns>The event type, or <c>null</c> when the URL names none.</returns>
    public static OpenLineageEventKind? KindFromSchemaUrl(string? schemaUrl)
    {
        var hash = schemaUrl?.LastIndexOf('#') ?? -1;
        if (hash < 0)
        {
            return null;
        }

        var fragment = schemaUrl.AsSpan(hash + 1);
        ReadOnlySpan<char> name;
        if (fragment.StartsWith("/$defs/", StringComparison.Ordinal))
        {
            name = fragment["/$defs/".Length..];
        }
        else if (fragment.StartsWith("/definitions/", StringComparison.Ordinal))
        {
            name = fragment["/definitions/".Length..];
        }
        else
        {
            return null;
        }

        return name switch
        {
            "RunEvent" => OpenLineageEventKind.Run,
            "DatasetEvent" => OpenLineageEventKind.Dataset,
            "JobEvent" => OpenLineageEventKind.Job,
            _ => null,
        };
    }

    /// <summary>Serialises an event to JSON text (compact).</summary>
    /// <param name="openLineageEvent">The event; its runtime type decides the shape.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(OpenLineageEvent openLineageEvent)
    {
        ArgumentNullException.ThrowIfNull(openLineageEvent);
        return JsonSerializer.Serialize(openLineageEvent, openLineageEvent.GetType(), Options);
    }

    /// <summary>Serialises an event to UTF-8 JSON, e.g. for a Kafka message value.</summary>
    /// <param name="openLineageEvent">The event; its runtime type decides the shape.</param>
    /// <returns>The UTF-8 JSON bytes.</returns>
    public static byte[] SerializeToUtf8Bytes(OpenLineageEvent openLineageEvent)
    {
        ArgumentNullException.ThrowIfNull(openLineageEvent);
        return JsonSerializer.SerializeToUtf8Bytes(openLineageEvent, openLineageEvent.GetType(), Options);
    }

    /// <summary>Serialises an event to a <see cref="JsonElement"/>, e.g. for storage or comparison.</summary>
    /// <param name="openLineageEvent">The event; its runtime type decides the shape.</param>
    /// <returns>The JSON element.</returns>
    public static JsonElement SerializeToElement(OpenLineageEvent openLineageEvent)
    {
        ArgumentNullException.ThrowIfNull(openLineageEvent);
        return JsonSerializer.SerializeToElement(openLineageEvent, openLineageEvent.GetType(), Options);
    }

    private static JsonDocument ParseDocument(Func<JsonDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (JsonException ex)
        {
            throw new OpenLineageFormatException("$", $"not valid JSON: {ex.Message}", ex);
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { PresenceTracking.Apply } },
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            MaxDepth = MaxDepth,
        };
        options.MakeReadOnly();
        return options;
    }
}
