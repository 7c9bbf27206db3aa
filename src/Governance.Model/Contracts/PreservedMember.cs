namespace Governance.Model.Contracts;

/// <summary>
/// An Open Data Contract Standard member that the contract model does not interpret but keeps, so that an exported
/// contract still carries it (for instance <c>roles</c>, <c>support</c>, a property's <c>primaryKey</c>).
/// Import lists an object's own members first and the nested ones (<c>container.name</c>) after them, each in
/// document order; export writes them in list order, so a list in that order round-trips unchanged.
/// </summary>
/// <param name="Name">
/// Member name relative to the object it was found on; a nested member is written with a dot, e.g.
/// <c>logicalTypeOptions.timezone</c> or <c>description.authoritativeDefinitions</c>.
/// </param>
/// <param name="Json">The member's value as compact JSON text.</param>
public sealed record PreservedMember(string Name, string Json);
