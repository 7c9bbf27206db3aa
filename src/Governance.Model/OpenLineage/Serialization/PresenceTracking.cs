using System.Collections;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;

namespace Governance.Model.OpenLineage.Serialization;

/// <summary>
/// Contract modifier that makes (de)serialisation of <see cref="OpenLineageElement"/> types lossless without
/// changing their public shape:
/// <list type="bullet">
/// <item>reading a typed property records that it was present (and whether it was <c>null</c>);</item>
/// <item>a JSON <c>null</c> for a non-nullable property (collections, facet containers, required strings) is
/// replaced by the empty value, so callers never see <c>null</c> there;</item>
/// <item>an empty value (null, empty collection/container, <c>""</c> for non-nullable strings) is written only if
/// the source had the property, and written as <c>null</c> if the source had an explicit <c>null</c>.</item>
/// </list>
/// </summary>
internal static class PresenceTracking
{
    /// <summary>Maximum number of typed properties per type; presence is kept in 64-bit masks.</summary>
    private const int MaxTrackedProperties = 64;

    /// <summary>The modifier to add to <see cref="DefaultJsonTypeInfoResolver.Modifiers"/>.</summary>
    public static void Apply(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || !typeof(OpenLineageElement).IsAssignableFrom(typeInfo.Type))
        {
            return;
        }

        // Slots are assigned by CLR property name so that they do not depend on the options' naming or ordering.
        var tracked = typeInfo.Properties
            .Where(property => !property.IsExtensionData && property.AttributeProvider is PropertyInfo)
            .OrderBy(property => ((PropertyInfo)property.AttributeProvider!).Name, StringComparer.Ordinal)
            .ToList();
        if (tracked.Count > MaxTrackedProperties)
        {
            throw new InvalidOperationException($"{typeInfo.Type} has more than {MaxTrackedProperties} JSON properties; presence tracking cannot handle it.");
        }

        var nullability = new NullabilityInfoContext();
        for (var slot = 0; slot < tracked.Count; slot++)
        {
            Configure(tracked[slot], slot, nullability);
        }
    }

    private static void Configure(JsonPropertyInfo property, int slot, NullabilityInfoContext nullability)
    {
        var clrProperty = (PropertyInfo)property.AttributeProvider!;
        var nonNullable = !property.PropertyType.IsValueType && nullability.Create(clrProperty).WriteState == NullabilityState.NotNull;
        var emptyFactory = nonNullable ? EmptyFactory(property.PropertyType) : null;

        if (property.Set is { } set)
        {
            property.Set = (target, value) =>
            {
                ((OpenLineageElement)target).MarkRead(slot, value is null);
                set(target, value ?? emptyFactory?.Invoke());
            };
        }

        if (property.Get is { } get)
        {
            property.Get = target =>
            {
                var value = get(target);
                return value is not null && IsEmpty(value, nonNullable) && ((OpenLineageElement)target).WasExplicitNull(slot) ? null : value;
            };
        }

        property.ShouldSerialize = (target, value) => !IsEmpty(value, nonNullable) || ((OpenLineageElement)target).WasPresent(slot);
    }

    private static bool IsEmpty(object? value, bool nonNullable) => value switch
    {
        null => true,
        string text => nonNullable && text.Length == 0,
        ICollection collection => collection.Count == 0,
        FacetContainer facets => facets.IsEmpty,
        _ => false,
    };

    private static Func<object>? EmptyFactory(Type type)
    {
        if (type == typeof(string))
        {
            return static () => "";
        }

        if (type.GetConstructor(Type.EmptyTypes) is { } constructor)
        {
            return () => constructor.Invoke(null);
        }

        return null;
    }
}
