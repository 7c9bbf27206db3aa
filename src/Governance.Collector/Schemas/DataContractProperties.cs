using System.Text.Json;

namespace Governance.Collector.Schemas;

/// <summary>
/// Reads the <c>properties</c> of a Confluent data contract's metadata
/// (<c>"metadata": {"properties": {"owner": "checkout-team", "domain": "retail"}, "sensitive": [...]}</c>).
/// </summary>
/// <remarks>
/// Property names listed in <c>sensitive</c> hold values that must not be shown (the registry itself masks
/// them for unauthorised readers), so every accessor here treats them as absent. Malformed metadata yields
/// nothing rather than an exception: these values are informative, and the tags reader
/// (<see cref="ConfluentMetadataTags"/>) already reports a malformed metadata object.
/// </remarks>
public static class DataContractProperties
{
    /// <summary>The conventional property for the owning team or person.</summary>
    public const string OwnerProperty = "owner";

    /// <summary>The conventional property for the owner's e-mail address.</summary>
    public const string OwnerEmailProperty = "owner_email";

    /// <summary>The conventional property for the business domain.</summary>
    public const string DomainProperty = "domain";

    /// <summary>The owner (<c>properties.owner</c>).</summary>
    /// <param name="metadata">The schema version's <c>metadata</c>, or <see langword="null"/>.</param>
    public static string? Owner(JsonElement? metadata) => Get(metadata, OwnerProperty);

    /// <summary>The owner's e-mail address (<c>properties.owner_email</c>, else <c>properties.email</c>).</summary>
    /// <param name="metadata">The schema version's <c>metadata</c>, or <see langword="null"/>.</param>
    public static string? OwnerEmail(JsonElement? metadata) => Get(metadata, OwnerEmailProperty) ?? Get(metadata, "email");

    /// <summary>The business domain (<c>properties.domain</c>).</summary>
    /// <param name="metadata">The schema version's <c>metadata</c>, or <see langword="null"/>.</param>
    public static string? Domain(JsonElement? metadata) => Get(metadata, DomainProperty);

    /// <summary>One property, or <see langword="null"/> when absent, empty, not a string, or sensitive.</summary>
    /// <param name="metadata">The schema version's <c>metadata</c>, or <see langword="null"/>.</param>
    /// <param name="name">The property name (exact).</param>
    public static string? Get(JsonElement? metadata, string name) =>
        All(metadata).TryGetValue(name, out var value) ? value : null;

    /// <summary>All non-sensitive, non-empty string properties, in metadata order.</summary>
    /// <param name="metadata">The schema version's <c>metadata</c>, or <see langword="null"/>.</param>
    public static IReadOnlyDictionary<string, string> All(JsonElement? metadata)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (metadata is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return result;
        }

        var sensitive = Sensitive(metadata);
        foreach (var property in properties.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } text
                && !sensitive.Contains(property.Name, StringComparer.Ordinal))
            {
                result.TryAdd(property.Name, text);
            }
        }

        return result;
    }

    /// <summary>The names listed in <c>sensitive</c>.</summary>
    /// <param name="metadata">The schema version's <c>metadata</c>, or <see langword="null"/>.</param>
    public static IReadOnlyList<string> Sensitive(JsonElement? metadata) =>
        metadata is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("sensitive", out var sensitive) && sensitive.ValueKind == JsonValueKind.Array
            ? sensitive.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!).ToList()
            : [];
}
