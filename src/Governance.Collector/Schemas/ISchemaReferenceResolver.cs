namespace Governance.Collector.Schemas;

/// <summary>
/// Supplies the text of schemas that a schema refers to through Confluent schema references
/// (<c>references: [{ name, subject, version }]</c>).
/// </summary>
/// <remarks>
/// The name is the reference's <c>name</c>, which each format spells differently: Avro uses the full name of
/// the referenced type (<c>com.retail.Address</c>), Protobuf the import path (<c>retail/common/address.proto</c>),
/// JSON Schema the <c>$ref</c> URL without its fragment (<c>address.json</c>). References of referenced schemas
/// are asked for through the same resolver.
/// </remarks>
public interface ISchemaReferenceResolver
{
    /// <summary>The schema text registered under a reference name.</summary>
    /// <param name="name">The reference name (see the remarks).</param>
    /// <returns>The schema text, or <see langword="null"/> when no reference has this name.</returns>
    string? Resolve(string name);
}
