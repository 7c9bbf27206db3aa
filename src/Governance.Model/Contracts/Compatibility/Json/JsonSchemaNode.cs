using System.Text.Json;
using System.Text.RegularExpressions;

namespace Governance.Model.Contracts.Compatibility.Json;

/// <summary>What a schema node is; two nodes of different classes compare as <c>TYPE_CHANGED</c> (number and integer are one class).</summary>
internal enum JsonNodeClass
{
    Empty,
    False,
    String,
    Number,
    Boolean,
    Null,
    Object,
    Array,
    Enum,
    Combined,
    Not,
    ExternalRef,
}

/// <summary>
/// A JSON Schema node, normalized the way Confluent's checker sees schemas: a list of types becomes an <c>anyOf</c>
/// of typed nodes, and type keywords next to <c>allOf</c>/<c>anyOf</c>/<c>oneOf</c>/<c>not</c> become an <c>allOf</c>.
/// Nodes are compared by reference (the recursion guard relies on it).
/// </summary>
internal abstract class JsonSchemaNode
{
    /// <summary>The node's class.</summary>
    public abstract JsonNodeClass Class { get; }

    /// <summary>The schema object or boolean this node was read from.</summary>
    public JsonElement Raw { get; set; }

    /// <summary>Distinguishes nodes read from the same object, e.g. the branches of <c>"type": ["string", "null"]</c>.</summary>
    public string Variant { get; set; } = "";

    /// <summary>Whether the declaration has a <c>default</c>.</summary>
    public bool HasDefault { get; set; }

    /// <summary>Allowed values (<c>enum</c>, or <c>const</c> as one value) on a typed node, or <c>null</c>.</summary>
    public IReadOnlyList<JsonElement>? Enum { get; set; }

    /// <summary>The keyword <see cref="Enum"/> (or an <see cref="EnumNode"/>'s values) came from: <c>enum</c> or <c>const</c>.</summary>
    public string EnumKeyword { get; set; } = "enum";

    /// <summary>Short description for messages, e.g. <c>string</c> or <c>anyOf [string, null]</c>.</summary>
    public virtual string Describe() => Class.ToString().ToLowerInvariant();
}

/// <summary><c>true</c> or a schema without constraints: accepts everything.</summary>
internal sealed class EmptyNode : JsonSchemaNode
{
    public override JsonNodeClass Class => JsonNodeClass.Empty;

    public override string Describe() => "any value";
}

/// <summary><c>false</c>: accepts nothing.</summary>
internal sealed class FalseNode : JsonSchemaNode
{
    public override JsonNodeClass Class => JsonNodeClass.False;

    public override string Describe() => "no value (false)";
}

/// <summary>A <c>boolean</c> or <c>null</c> type.</summary>
internal sealed class ScalarNode(JsonNodeClass scalarClass) : JsonSchemaNode
{
    public override JsonNodeClass Class { get; } = scalarClass;
}

/// <summary>The <c>string</c> type.</summary>
internal sealed class StringNode : JsonSchemaNode
{
    public override JsonNodeClass Class => JsonNodeClass.String;

    public decimal? MinLength { get; init; }

    public decimal? MaxLength { get; init; }

    public string? Pattern { get; init; }
}

/// <summary>The <c>number</c> or <c>integer</c> type.</summary>
internal sealed class NumberNode : JsonSchemaNode
{
    public override JsonNodeClass Class => JsonNodeClass.Number;

    public bool IsInteger { get; init; }

    public decimal? Minimum { get; init; }

    public decimal? Maximum { get; init; }

    public decimal? ExclusiveMinimum { get; init; }

    public decimal? ExclusiveMaximum { get; init; }

    public decimal? MultipleOf { get; init; }

    public override string Describe() => IsInteger ? "integer" : "number";
}

/// <summary>A <c>patternProperties</c> entry.</summary>
internal sealed record PatternProperty(Regex Pattern, JsonSchemaNode Schema);

/// <summary>The <c>object</c> type.</summary>
internal sealed class ObjectNode : JsonSchemaNode
{
    public override JsonNodeClass Class => JsonNodeClass.Object;

    public IReadOnlyDictionary<string, JsonSchemaNode> Properties { get; init; } = new Dictionary<string, JsonSchemaNode>();

    public IReadOnlySet<string> Required { get; init; } = new HashSet<string>();

    /// <summary>False when <c>additionalProperties</c> is <c>false</c>.</summary>
    public bool PermitsAdditionalProperties { get; init; } = true;

    /// <summary>The <c>additionalProperties</c> schema when it is one (not a boolean).</summary>
    public JsonSchemaNode? AdditionalPropertiesSchema { get; init; }

    public IReadOnlyList<PatternProperty> PatternProperties { get; init; } = [];

    public decimal? MinProperties { get; init; }

    public decimal? MaxProperties { get; init; }

    public IReadOnlyDictionary<string, IReadOnlySet<string>> DependencyArrays { get; init; } = new Dictionary<string, IReadOnlySet<string>>();

    public IReadOnlyDictionary<string, JsonSchemaNode> DependencySchemas { get; init; } = new Dictionary<string, JsonSchemaNode>();

    /// <summary>Open: any extra property is allowed with any value.</summary>
    public bool IsOpenContentModel => PatternProperties.Count == 0 && AdditionalPropertiesSchema is null && PermitsAdditionalProperties;

    /// <summary>The schema extra property <paramref name="name"/> must satisfy in a partially open model, or <c>null</c>.</summary>
    public JsonSchemaNode? SchemaForExtraProperty(string name) =>
        PatternProperties.FirstOrDefault(p => p.Pattern.IsMatch(name))?.Schema ?? AdditionalPropertiesSchema;
}

/// <summary>The <c>array</c> type.</summary>
internal sealed class ArrayNode : JsonSchemaNode
{
    public override JsonNodeClass Class => JsonNodeClass.Array;

    /// <summary>One schema for every item (<c>items</c> as a schema).</summary>
    public JsonSchemaNode? AllItems { get; init; }

    /// <summary>Positional item schemas (<c>items</c> as an array, or <c>prefixItems</c>).</summary>
    public IReadOnlyList<JsonSchemaNode> TupleItems { get; init; } = [];

    /// <summary>The keyword holding <see cref="TupleItems"/>: <c>items</c> or <c>prefixItems</c>.</summary>
    public string TupleKeyword { get; init; } = "items";

    /// <summary>False when items past the tuple are forbidden.</summary>
    public bool PermitsAdditionalItems { get; init; } = true;

    /// <summary>The schema of items past the tuple when it is one.</summary>
    public JsonSchemaNode? AdditionalItemsSchema { get; init; }

    /// <summary>The keyword for items past the tuple: <c>additionalItems</c>, or <c>items</c> next to <c>prefixItems</c>.</summary>
    public string AdditionalKeyword { get; init; } = "additionalItems";

    public decimal? MinItems { get; init; }

    public decimal? MaxItems { get; init; }

    public bool UniqueItems { get; init; }

    public bool IsOpenContentModel => PermitsAdditionalItems && AdditionalItemsSchema is null;
}

/// <summary>A schema that is only an <c>enum</c> (or <c>const</c>).</summary>
internal sealed class EnumNode(IReadOnlyList<JsonElement> values) : JsonSchemaNode
{
    public override JsonNodeClass Class => JsonNodeClass.Enum;

    public IReadOnlyList<JsonElement> Values { get; } = values;

    public override string Describe() => $"enum [{string.Join(", ", Values.Select(v => v.GetRawText()))}]";
}

/// <summary>How a combined schema combines its subschemas.</summary>
internal enum Criterion
{
    AllOf,
    AnyOf,
    OneOf,
}

/// <summary><c>allOf</c>, <c>anyOf</c> or <c>oneOf</c>.</summary>
internal sealed class CombinedNode(Criterion criterion, IReadOnlyList<JsonSchemaNode> subschemas) : JsonSchemaNode
{
    public override JsonNodeClass Class => JsonNodeClass.Combined;

    public Criterion Criterion { get; } = criterion;

    public IReadOnlyList<JsonSchemaNode> Subschemas { get; } = subschemas;

    /// <summary>The keyword, as it appears in locations (<c>allOf</c>, <c>anyOf</c>, <c>oneOf</c>).</summary>
    public string Keyword => char.ToLowerInvariant(Criterion.ToString()[0]) + Criterion.ToString()[1..];

    public override string Describe() => $"{Keyword} [{string.Join(", ", Subschemas.Select(s => s.Describe()))}]";
}

/// <summary><c>not</c>.</summary>
internal sealed class NotNode(JsonSchemaNode negated) : JsonSchemaNode
{
    public override JsonNodeClass Class => JsonNodeClass.Not;

    public JsonSchemaNode Negated { get; } = negated;

    public override string Describe() => $"not {Negated.Describe()}";
}

/// <summary>A <c>$ref</c> into the same document; resolved on use so recursive schemas stay finite.</summary>
internal sealed class LocalRefNode(JsonSchemaDocument document, string pointer) : JsonSchemaNode
{
    public override JsonNodeClass Class => Target.Class;

    public string Pointer { get; } = pointer;

    public JsonSchemaNode Target => document.NodeAt(Pointer);
}

/// <summary>A <c>$ref</c> to another document (e.g. another subject): compared by its reference text only.</summary>
internal sealed class ExternalRefNode(string reference) : JsonSchemaNode
{
    public override JsonNodeClass Class => JsonNodeClass.ExternalRef;

    public string Reference { get; } = reference;

    public override string Describe() => $"$ref {Reference}";
}
