using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Governance.Model.Contracts.Cel;

/// <summary>
/// The variables an expression is evaluated with, bound by name. Immutable: <see cref="With(string, CelValue)"/>
/// returns a new activation.
/// </summary>
public sealed class CelActivation
{
    private readonly ImmutableDictionary<string, CelValue> _variables;

    private CelActivation(ImmutableDictionary<string, CelValue> variables) => _variables = variables;

    /// <summary>No variables.</summary>
    public static CelActivation Empty { get; } = new(ImmutableDictionary.Create<string, CelValue>(StringComparer.Ordinal));

    /// <summary>The bound names.</summary>
    public IEnumerable<string> Names => _variables.Keys;

    /// <summary>
    /// The variables of a <c>CEL</c> rule (Confluent rule type <c>CEL</c>): the record as <c>message</c>.
    /// </summary>
    /// <param name="message">The record's JSON.</param>
    public static CelActivation ForMessage(JsonElement message) => Empty.With("message", message);

    /// <summary>
    /// The variables of a <c>CEL_FIELD</c> rule, evaluated once per field, as Confluent's field executor
    /// binds them: <c>name</c>, <c>fullName</c>, <c>typeName</c> (<c>STRING</c>, <c>INT</c>, <c>LONG</c>,
    /// <c>DOUBLE</c>, <c>BOOLEAN</c>, …), <c>tags</c>, <c>value</c> and the containing <c>message</c>.
    /// </summary>
    /// <param name="name">The field's name.</param>
    /// <param name="fullName">The field's qualified name.</param>
    /// <param name="typeName">The field's type name.</param>
    /// <param name="tags">The field's tags, e.g. <c>PII</c>.</param>
    /// <param name="value">The field's value.</param>
    /// <param name="message">The record containing the field.</param>
    public static CelActivation ForField(
        string name, string fullName, string typeName, IEnumerable<string> tags, CelValue value, JsonElement message) =>
        Empty
            .With("name", CelValue.From(name))
            .With("fullName", CelValue.From(fullName))
            .With("typeName", CelValue.From(typeName))
            .With("tags", CelValue.From(tags))
            .With("value", value)
            .With("message", message);

    /// <summary>Binds (or rebinds) a variable.</summary>
    /// <param name="name">A CEL identifier.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not an identifier, or is a reserved word.</exception>
    public CelActivation With(string name, CelValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsIdentifier(name))
            throw new ArgumentException($"'{name}' is not a CEL identifier", nameof(name));
        return new CelActivation(_variables.SetItem(name, value));
    }

    /// <summary>Binds a variable to JSON data (see <see cref="CelValue.FromJson"/>).</summary>
    /// <param name="name">A CEL identifier.</param>
    /// <param name="value">The JSON; its document must outlive evaluation.</param>
    public CelActivation With(string name, JsonElement value) => With(name, CelValue.FromJson(value));

    /// <summary>Looks a variable up.</summary>
    /// <param name="name">The variable name.</param>
    /// <param name="value">Its value, when bound.</param>
    public bool TryGetValue(string name, [MaybeNullWhen(false)] out CelValue value) => _variables.TryGetValue(name, out value);

    private static bool IsIdentifier(string name) =>
        !string.IsNullOrEmpty(name)
        && CelLexer.IsIdentifierStart(name[0])
        && name.All(CelLexer.IsIdentifierPart)
        && name is not ("true" or "false" or "null" or "in");
}
