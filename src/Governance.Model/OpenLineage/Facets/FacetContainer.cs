using System.Text.Json;

namespace Governance.Model.OpenLineage;

/// <summary>
/// A JSON <c>facets</c> object (facet key → facet). Derived containers expose the spec facets they know as typed
/// properties; every other facet is kept verbatim in <see cref="AdditionalFacets"/>.
/// </summary>
/// <remarks>
/// Reading is lenient on purpose: a facet under a typed key whose value does not fit the typed shape (e.g.
/// <c>"ordinal_position": "1"</c>) is kept raw in <see cref="AdditionalFacets"/>, its typed property stays
/// <c>null</c> and the reason is listed in <see cref="MalformedFacets"/>, so one bad facet never makes an event
/// unreadable. An explicit <c>null</c> facet is also kept raw. Writing emits the typed value for a key when it has
/// one, otherwise the raw value; keys keep their source order.
/// </remarks>
public abstract class FacetContainer
{
    private static readonly IReadOnlyDictionary<string, string> NoMalformedFacets = new Dictionary<string, string>();

    private readonly Dictionary<string, OpenLineageFacet> _typed = new(StringComparer.Ordinal);
    private Dictionary<string, string>? _malformed;
    private List<string>? _sourceOrder;

    /// <summary>Creates an empty container; only the containers in this assembly derive from it.</summary>
    private protected FacetContainer()
    {
    }

    /// <summary>
    /// Facets without a typed value, verbatim: keys this container does not type (e.g. <c>spark_properties</c>,
    /// <c>sql</c>, <c>outputStatistics</c>), explicit <c>null</c> facets and malformed typed facets. Add entries here
    /// to emit custom facets; when a typed property of the same key is set, the typed value wins.
    /// </summary>
    public Dictionary<string, JsonElement> AdditionalFacets { get; } = new(StringComparer.Ordinal);

    /// <summary>Typed keys whose value could not be read as the typed facet (key → reason); their JSON is in <see cref="AdditionalFacets"/>.</summary>
    public IReadOnlyDictionary<string, string> MalformedFacets => _malformed ?? NoMalformedFacets;

    /// <summary>All facet keys in this container, typed or not.</summary>
    public IEnumerable<string> Keys => _typed.Keys.Concat(AdditionalFacets.Keys.Where(key => !_typed.ContainsKey(key)));

    /// <summary>Number of facets in this container, typed or not.</summary>
    public int Count => _typed.Count + AdditionalFacets.Keys.Count(key => !_typed.ContainsKey(key));

    /// <summary>Whether the container holds no facet at all.</summary>
    public bool IsEmpty => _typed.Count == 0 && AdditionalFacets.Count == 0;

    /// <summary>Facet keys this container exposes as typed properties, with their facet types.</summary>
    private protected abstract IReadOnlyDictionary<string, Type> TypedFacetTypes { get; }

    /// <summary>Whether a facet with this key is present (typed or not).</summary>
    /// <param name="key">The facet key, e.g. <c>schema</c>.</param>
    public bool ContainsKey(string key) => _typed.ContainsKey(key) || AdditionalFacets.ContainsKey(key);

    /// <summary>
    /// The JSON of one facet, typed or not, e.g. to store facets per key. Typed facets are serialised with
    /// <see cref="OpenLineageJson.Options"/>.
    /// </summary>
    /// <param name="key">The facet key.</param>
    /// <returns>The facet JSON, or <c>null</c> if the key is absent.</returns>
    public JsonElement? GetFacetJson(string key)
    {
        if (_typed.TryGetValue(key, out var facet))
        {
            return JsonSerializer.SerializeToElement(facet, facet.GetType(), OpenLineageJson.Options);
        }

        return AdditionalFacets.TryGetValue(key, out var raw) ? raw : null;
    }

    /// <summary>Removes the facet with this key, typed or not.</summary>
    /// <param name="key">The facet key.</param>
    /// <returns>Whether a facet was removed.</returns>
    public bool Remove(string key)
    {
        _malformed?.Remove(key);
        var removedTyped = _typed.Remove(key);
        return AdditionalFacets.Remove(key) || removedTyped;
    }

    /// <summary>Lists the facet keys, e.g. <c>RunFacets [parent, spark_properties]</c>, for logs and debugging.</summary>
    public override string ToString() => $"{GetType().Name} [{string.Join(", ", Keys)}]";

    /// <summary>Gets the typed facet stored under <paramref name="key"/>.</summary>
    private protected T? Get<T>(string key)
        where T : OpenLineageFacet
        => _typed.TryGetValue(key, out var facet) ? (T)facet : null;

    /// <summary>Sets the typed facet under <paramref name="key"/>; <c>null</c> removes the facet.</summary>
    private protected void Set(string key, OpenLineageFacet? value)
    {
        if (value is null)
        {
            Remove(key);
            return;
        }

        _typed[key] = value;
        AdditionalFacets.Remove(key);
        _malformed?.Remove(key);
    }

    /// <summary>Fills the container from a JSON object (see the class remarks for the leniency rules).</summary>
    internal void ReadFrom(JsonElement facets, JsonSerializerOptions options)
    {
        _sourceOrder = new List<string>();
        foreach (var property in facets.EnumerateObject())
        {
            _sourceOrder.Add(property.Name);
            var value = property.Value;
            if (TypedFacetTypes.TryGetValue(property.Name, out var facetType) && value.ValueKind != JsonValueKind.Null)
            {
                if (TryReadTyped(value, facetType, options, out var facet, out var error))
                {
                    _typed[property.Name] = facet;
                    AdditionalFacets.Remove(property.Name);
                    _malformed?.Remove(property.Name);
                    continue;
                }

                (_malformed ??= new Dictionary<string, string>(StringComparer.Ordinal))[property.Name] = error;
            }

            _typed.Remove(property.Name);
            AdditionalFacets[property.Name] = value;
        }
    }

    /// <summary>Writes the container as a JSON object, source keys first in source order.</summary>
    internal void WriteTo(Utf8JsonWriter writer, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        var written = new HashSet<string>(StringComparer.Ordinal);
        if (_sourceOrder is not null)
        {
            foreach (var key in _sourceOrder)
            {
                WriteFacet(writer, key, options, written);
            }
        }

        foreach (var key in _typed.Keys)
        {
            WriteFacet(writer, key, options, written);
        }

        foreach (var key in AdditionalFacets.Keys)
        {
            WriteFacet(writer, key, options, written);
        }

        writer.WriteEndObject();
    }

    private static bool TryReadTyped(JsonElement value, Type facetType, JsonSerializerOptions options, out OpenLineageFacet facet, out string error)
    {
        facet = null!;
        if (value.ValueKind != JsonValueKind.Object)
        {
            error = $"expected a JSON object but found {value.ValueKind}";
            return false;
        }

        try
        {
            if (value.Deserialize(facetType, options) is OpenLineageFacet typed)
            {
                facet = typed;
                error = "";
                return true;
            }

            error = "the facet deserialised to null";
            return false;
        }
        catch (JsonException ex)
        {
            error = ex.Message;
            return false;
        }
    }

    private void WriteFacet(Utf8JsonWriter writer, string key, JsonSerializerOptions options, HashSet<string> written)
    {
        if (written.Contains(key))
        {
            return;
        }

        if (_typed.TryGetValue(key, out var facet))
        {
            writer.WritePropertyName(key);
            JsonSerializer.Serialize(writer, facet, facet.GetType(), options);
        }
        else if (AdditionalFacets.TryGetValue(key, out var raw))
        {
            writer.WritePropertyName(key);
            raw.WriteTo(writer);
        }
        else
        {
            return;
        }

        written.Add(key);
    }
}
