using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>
/// Base of every JSON object in the OpenLineage model. It keeps the properties the model does not type
/// (<see cref="AdditionalProperties"/>) and remembers which typed properties the parsed source contained,
/// so that serialising a parsed object with <see cref="OpenLineageJson.Options"/> reproduces the source document.
/// </summary>
/// <remarks>
/// Write rule (applied by <see cref="OpenLineageJson.Options"/>): a typed property is written when it has a
/// non-empty value, or when the source contained it. An explicit JSON <c>null</c> is written back as <c>null</c>
/// as long as the property is still empty. Empty means <c>null</c>, an empty collection, an empty facet container,
/// or <c>""</c> for a non-nullable string.
/// </remarks>
public abstract record OpenLineageElement
{
    private ulong _present;
    private ulong _explicitNull;

    /// <summary>
    /// Properties of this JSON object that the model does not type, kept verbatim so nothing a producer sent is lost.
    /// <c>null</c> when there are none.
    /// </summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Records that the typed property with the given slot was read from JSON (and whether it was <c>null</c>).</summary>
    internal void MarkRead(int slot, bool wasNull)
    {
        var bit = 1UL << slot;
        _present |= bit;
        _explicitNull = wasNull ? _explicitNull | bit : _explicitNull & ~bit;
    }

    /// <summary>Whether the typed property with the given slot was present in the parsed source.</summary>
    internal bool WasPresent(int slot) => (_present & (1UL << slot)) != 0;

    /// <summary>Whether the typed property with the given slot was an explicit JSON <c>null</c> in the parsed source.</summary>
    internal bool WasExplicitNull(int slot) => (_explicitNull & (1UL << slot)) != 0;
}
