using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage.Serialization;

/// <summary>
/// Reads and writes a <see cref="FacetContainer"/> as a JSON object, delegating the lenient per-facet handling to
/// the container. Attached with <see cref="JsonConverterAttribute"/> so that it applies with any options.
/// </summary>
/// <typeparam name="T">The concrete container type.</typeparam>
internal sealed class FacetContainerConverter<T> : JsonConverter<T>
    where T : FacetContainer, new()
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A facets property must be a JSON object, found {reader.TokenType}.");
        }

        // ParseValue gives an element that does not need disposal, so the raw facets stay valid after parsing.
        var facets = JsonElement.ParseValue(ref reader);
        var container = new T();
        container.ReadFrom(facets, options);
        return container;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => value.WriteTo(writer, options);
}
