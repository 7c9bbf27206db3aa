namespace Governance.Model.Contracts;

/// <summary>
/// An Open Data Contract Standard member that the contract model does not interpret but keeps, so that an exported
/// contract still carries it (for instance <c>roles</c>, <c>support</c>, a property's <c>primaryKey</c>).
/// </summary>
/// <param name="Name">
/// Member name relative to the object it was found on; a nested member is written with a dot, e.g.
/// <c>logicalTypeOptions.timezone</c> or <c>description.authoritativeDefinitions</c>.
/// </param>
/// <param name="Json">The member's value as compact JSON text.</param>
public sealed record PreservedMember(string Name, string Json);
