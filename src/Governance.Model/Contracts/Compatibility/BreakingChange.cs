namespace Governance.Model.Contracts.Compatibility;

/// <summary>One change in a new schema that breaks a reader, as found by <see cref="SchemaCompatibility.Check"/>.</summary>
/// <param name="Location">
/// Where in the schema: for Avro a JSON path over the data (<c>$.address.zip</c>, <c>$.lines[*].sku</c> for array
/// items, <c>$.attributes.*</c> for map values, <c>$</c> for the root); for JSON Schema a pointer into the schema
/// document as Confluent writes it (<c>#/properties/address/properties/zip</c>, <c>#/</c> for the root).
/// </param>
/// <param name="Kind">
/// Stable machine-readable kind: Avro's resolution errors (see <see cref="AvroBreakingChangeKinds"/>) or Confluent's
/// JSON Schema difference types (e.g. <c>PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL</c>).
/// </param>
/// <param name="Message">Where, what changed, and why it breaks the <paramref name="Direction"/>, in plain words.</param>
/// <param name="Direction">Which reader breaks: the new schema (backward) or the previous version (forward).</param>
/// <param name="PreviousVersionIndex">
/// Index of the conflicting previous version in the list given to <see cref="SchemaCompatibility.Check"/> (oldest
/// first, from 0). Messages number versions from 1: index 0 is "previous version 1".
/// </param>
public sealed record BreakingChange(
    string Location,
    string Kind,
    string Message,
    CompatibilityDirection Direction,
    int PreviousVersionIndex);
