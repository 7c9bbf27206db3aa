namespace Governance.Model.Contracts;

/// <summary>
/// A contract-level ODCS custom property the model does not interpret, kept as written (the ones the model reads,
/// such as <c>schemaRegistrySubject</c>, are never held here).
/// </summary>
/// <param name="Property">ODCS <c>property</c> (the key).</param>
/// <param name="ValueJson">ODCS <c>value</c> as compact JSON text.</param>
/// <param name="Description">ODCS <c>description</c>.</param>
/// <param name="Id">ODCS <c>id</c>.</param>
public sealed record ContractCustomProperty(string Property, string ValueJson, string? Description = null, string? Id = null);
