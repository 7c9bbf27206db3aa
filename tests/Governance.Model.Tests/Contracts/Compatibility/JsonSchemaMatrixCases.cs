namespace Governance.Model.Tests.Contracts.Compatibility;

/// <summary>
/// The JSON Schema matrix: previous schema → new schema, with the breaking changes BACKWARD (the new schema must
/// accept data valid under the previous one) and FORWARD (the previous schema must accept data valid under the new
/// one) must report, as Confluent's difference types at Confluent's schema locations. FULL reports both.
/// </summary>
internal static class JsonSchemaMatrixCases
{
    private const string FooString = """{"foo":{"type":"string"}}""";
    private const string FooBar = """{"foo":{"type":"string"},"bar":{"type":"number"}}""";

    public static readonly Dictionary<string, MatrixCase> All = new()
    {
        // Confluent Schema Registry, JSON Schema compatibility rules (json-schema-provider diff rules and their
        // published examples, diff-schema-examples.json): string constraints.
        ["maxLength decreased"] = S("""{"type":"string","maxLength":12}""", """{"type":"string","maxLength":10}""", ["MAX_LENGTH_DECREASED #/maxLength"], []),
        ["maxLength increased"] = S("""{"type":"string","maxLength":10}""", """{"type":"string","maxLength":12}""", [], ["MAX_LENGTH_DECREASED #/maxLength"]),
        ["maxLength added"] = S("""{"type":"string"}""", """{"type":"string","maxLength":10}""", ["MAX_LENGTH_ADDED #/maxLength"], []),
        ["minLength increased"] = S("""{"type":"string","minLength":10}""", """{"type":"string","minLength":11}""", ["MIN_LENGTH_INCREASED #/minLength"], []),
        ["minLength decreased"] = S("""{"type":"string","minLength":11}""", """{"type":"string","minLength":10}""", [], ["MIN_LENGTH_INCREASED #/minLength"]),
        ["pattern removed"] = S("""{"type":"string","pattern":"^[a-z]+$"}""", """{"type":"string"}""", [], ["PATTERN_ADDED #/pattern"]),
        ["pattern changed"] = S("""{"type":"string","pattern":"^[a-z]+$"}""", """{"type":"string","pattern":"^[0-9]+$"}""",
            ["PATTERN_CHANGED #/pattern"], ["PATTERN_CHANGED #/pattern"]),

        // Same source: number constraints and the integer/number type pair.
        ["maximum decreased"] = S("""{"type":"number","maximum":11}""", """{"type":"number","maximum":10}""", ["MAXIMUM_DECREASED #/maximum"], []),
        ["maximum removed"] = S("""{"type":"number","maximum":10}""", """{"type":"number"}""", [], ["MAXIMUM_ADDED #/maximum"]),
        ["minimum increased"] = S("""{"type":"number","minimum":10}""", """{"type":"number","minimum":11}""", ["MINIMUM_INCREASED #/minimum"], []),
        ["exclusiveMinimum increased"] = S("""{"type":"number","exclusiveMinimum":0}""", """{"type":"number","exclusiveMinimum":5}""",
            ["EXCLUSIVE_MINIMUM_INCREASED #/exclusiveMinimum"], []),
        ["multipleOf reduced"] = S("""{"type":"number","multipleOf":10}""", """{"type":"number","multipleOf":2}""", [], ["MULTIPLE_OF_EXPANDED #/multipleOf"]),
        ["multipleOf changed"] = S("""{"type":"number","multipleOf":10}""", """{"type":"number","multipleOf":11}""",
            ["MULTIPLE_OF_CHANGED #/multipleOf"], ["MULTIPLE_OF_CHANGED #/multipleOf"]),
        ["number narrowed to integer"] = S("""{"type":"number"}""", """{"type":"integer"}""", ["TYPE_NARROWED #/"], []),
        ["integer extended to number"] = S("""{"type":"integer"}""", """{"type":"number"}""", [], ["TYPE_NARROWED #/"]),
        ["type changed string to number"] = S("""{"type":"string"}""", """{"type":"number"}""", ["TYPE_CHANGED #/"], ["TYPE_CHANGED #/"]),
        ["anything to the empty schema"] = S("""{"type":"object","properties":{"foo":{"type":"string"}}}""", "{}", [], ["TYPE_CHANGED #/"]),
        ["not number to not integer"] = S("""{"not":{"type":"number"}}""", """{"not":{"type":"integer"}}""", [], ["NOT_TYPE_EXTENDED #/not"]),

        // Same source: enums (and const, a one-value enum).
        ["enum extended"] = S("""{"enum":["red"]}""", """{"enum":["red","blue"]}""", [], ["ENUM_ARRAY_NARROWED #/enum"]),
        ["enum narrowed"] = S("""{"type":"string","enum":["red","green"]}""", """{"type":"string","enum":["red"]}""", ["ENUM_ARRAY_NARROWED #/enum"], []),
        ["enum changed"] = S("""{"enum":["red"]}""", """{"enum":["blue"]}""", ["ENUM_ARRAY_CHANGED #/enum"], ["ENUM_ARRAY_CHANGED #/enum"]),
        ["enum added to a string"] = S("""{"type":"string"}""", """{"type":"string","enum":["a","b"]}""", ["ENUM_ARRAY_NARROWED #/enum"], []),
        ["const changed"] = S("""{"type":"string","const":"v1"}""", """{"type":"string","const":"v2"}""", ["ENUM_ARRAY_CHANGED #/const"], ["ENUM_ARRAY_CHANGED #/const"]),

        // Same source: type lists and combined schemas (sum types may gain alternatives, product types may lose them).
        ["string made nullable"] = S("""{"type":"string"}""", """{"type":["string","null"]}""", [], ["TYPE_CHANGED #/"]),
        ["string to oneOf number or string"] = S("""{"type":"string"}""", """{"oneOf":[{"type":"number"},{"type":"string"}]}""", [], ["TYPE_CHANGED #/"]),
        ["oneOf alternative added"] = S("""{"oneOf":[{"type":"string"}]}""", """{"oneOf":[{"type":"number"},{"type":"string"}]}""", [], ["SUM_TYPE_NARROWED #/"]),
        ["oneOf alternative replaced"] = S("""{"oneOf":[{"type":"string"}]}""", """{"oneOf":[{"type":"number"}]}""",
            ["COMBINED_TYPE_SUBSCHEMAS_CHANGED #/"], ["COMBINED_TYPE_SUBSCHEMAS_CHANGED #/"]),
        ["oneOf widened to anyOf"] = S("""{"oneOf":[{"type":"string"},{"type":"number"}]}""", """{"anyOf":[{"type":"string"},{"type":"number"}]}""",
            [], ["COMBINED_TYPE_CHANGED #/"]),
        ["oneOf changed to allOf"] = S("""{"oneOf":[{"type":"string"},{"type":"number"}]}""", """{"allOf":[{"type":"string"},{"type":"number"}]}""",
            ["COMBINED_TYPE_CHANGED #/"], ["COMBINED_TYPE_CHANGED #/"]),

        // Same source: properties under open (additionalProperties absent or true), closed (false) and partially open
        // (additionalProperties schema or patternProperties) content models.
        ["property added to an open content model"] = O(FooString, "", FooBar, "", ["PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL #/properties/bar"], []),
        ["property removed from an open content model"] = O(FooBar, "", FooString, "", [], ["PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL #/properties/bar"]),
        ["optional property added to a closed content model"] = O(FooString, Closed, FooBar, Closed,
            [], ["PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL #/properties/bar"]),
        ["required property added to a closed content model"] = O(FooString, Closed, FooBar, Closed + ""","required":["bar"]""",
            ["REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL #/properties/bar"], ["PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL #/properties/bar"]),
        ["required property with default added to a closed content model"] = O(FooString, Closed,
            """{"foo":{"type":"string"},"bar":{"type":"number","default":0}}""", Closed + ""","required":["bar"]""",
            [], ["PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL #/properties/bar"]),
        ["property removed from a closed content model"] = O(FooBar, Closed, FooString, Closed, ["PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL #/properties/bar"], []),
        ["property covered by additionalProperties added"] = O(FooString, StringExtras, """{"foo":{"type":"string"},"bar":{"type":"string"}}""", StringExtras, [], []),
        ["property not covered by additionalProperties added"] = O(FooString, StringExtras, FooBar, StringExtras,
            ["TYPE_CHANGED #/properties/bar", "PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL #/properties/bar"],
            ["TYPE_CHANGED #/properties/bar", "PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL #/properties/bar"]),
        ["property widened within patternProperties added"] = O(FooString, Closed + IntegerPattern,
            """{"foo":{"type":"string"},"I_123":{"type":"number"}}""", Closed + IntegerPattern,
            [], ["TYPE_NARROWED #/properties/I_123", "PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL #/properties/I_123"]),
        ["property type changed"] = O(FooString, "", """{"foo":{"type":"number"}}""", "", ["TYPE_CHANGED #/properties/foo"], ["TYPE_CHANGED #/properties/foo"]),
        ["additional properties forbidden"] = O(FooString, "", FooString, Closed, ["ADDITIONAL_PROPERTIES_REMOVED #/additionalProperties"], []),
        ["additional properties narrowed to a schema"] = O(FooString, ""","additionalProperties":true""", FooString, ""","additionalProperties":{"type":"number"}""",
            ["ADDITIONAL_PROPERTIES_NARROWED #/additionalProperties"], []),
        ["maxProperties decreased"] = O(FooString, ""","maxProperties":3""", FooString, ""","maxProperties":2""", ["MAX_PROPERTIES_DECREASED #/maxProperties"], []),
        ["property dependency added"] = O(FooBar, "", FooBar, ""","dependencies":{"foo":["bar"]}""", ["DEPENDENCY_ARRAY_ADDED #/dependencies/foo"], []),

        // Same source: required properties (a default makes a newly required property safe to read).
        ["property made required"] = O(FooString, "", FooString, ""","required":["foo"]""", ["REQUIRED_ATTRIBUTE_ADDED #/required/foo"], []),
        ["property no longer required"] = O(FooString, ""","required":["foo"]""", FooString, "", [], ["REQUIRED_ATTRIBUTE_ADDED #/required/foo"]),
        ["property with default made required"] = O("""{"foo":{"type":"string","default":"x"}}""", "", """{"foo":{"type":"string","default":"x"}}""",
            ""","required":["foo"]""", [], []),

        // Same source: nested objects are compared recursively, at nested locations.
        ["nested property type changed"] = O(Address("""{"type":"string"}"""), "", Address("""{"type":"integer"}"""), "",
            ["TYPE_CHANGED #/properties/address/properties/zip"], ["TYPE_CHANGED #/properties/address/properties/zip"]),
        ["nested property made required"] = O(Address("""{"type":"string"}"""), "",
            """{"address":{"type":"object","properties":{"zip":{"type":"string"}},"required":["zip"]}}""", "",
            ["REQUIRED_ATTRIBUTE_ADDED #/properties/address/required/zip"], []),

        // Same source: arrays (the item schema, tuple items under content models, item count constraints).
        ["array item type changed"] = S(Items("string"), Items("number"), ["TYPE_CHANGED #/items"], ["TYPE_CHANGED #/items"]),
        ["array item integer to number"] = S(Items("integer"), Items("number"), [], ["TYPE_NARROWED #/items"]),
        ["array item schema added"] = S("""{"type":"array"}""", Items("string"), ["SCHEMA_ADDED #/items"], []),
        ["maxItems decreased"] = S("""{"type":"array","maxItems":2}""", """{"type":"array","maxItems":1}""", ["MAX_ITEMS_DECREASED #/maxItems"], []),
        ["minItems increased"] = S("""{"type":"array","minItems":1}""", """{"type":"array","minItems":2}""", ["MIN_ITEMS_INCREASED #/minItems"], []),
        ["uniqueItems added"] = S("""{"type":"array"}""", """{"type":"array","uniqueItems":true}""", ["UNIQUE_ITEMS_ADDED #/uniqueItems"], []),
        ["tuple item added to a closed tuple"] = S("""{"type":"array","items":[{"type":"string"}],"additionalItems":false}""",
            """{"type":"array","items":[{"type":"string"},{"type":"number"}],"additionalItems":false}""", [], ["ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL #/items/1"]),
        ["tuple item added to an open tuple"] = S("""{"type":"array","items":[{"type":"string"}]}""",
            """{"type":"array","items":[{"type":"string"},{"type":"number"}]}""", ["ITEM_ADDED_TO_OPEN_CONTENT_MODEL #/items/1"], []),

        // Same source: local references are compared by what they point at (#/definitions and #/$defs), recursion included.
        ["referenced definition changed"] = S(RefItems("string"), RefItems("number"), ["TYPE_CHANGED #/items"], ["TYPE_CHANGED #/items"]),
        ["schema moved behind a reference"] = S("""{"type":"string"}""", """{"$ref":"#/definitions/someRef","definitions":{"someRef":{"type":"string"}}}""", [], []),
        ["property through $defs changed"] = S(Defs("string"), Defs("integer"),
            ["TYPE_CHANGED #/properties/home/properties/zip"], ["TYPE_CHANGED #/properties/home/properties/zip"]),
        ["recursive schema value widened"] = S(Tree("integer"), Tree("number"), [], ["TYPE_NARROWED #/properties/value"]),
    };

    private const string Closed = ""","additionalProperties":false""";
    private const string StringExtras = ""","additionalProperties":{"type":"string"}""";
    private const string IntegerPattern = ""","patternProperties":{"^I_":{"type":"integer"}}""";

    private static MatrixCase S(string previous, string candidate, string[] backward, string[] forward) => new(previous, candidate, backward, forward);

    /// <summary>An object schema with the given properties and extra keywords (each starting with a comma).</summary>
    private static MatrixCase O(string previousProperties, string previousExtra, string candidateProperties, string candidateExtra, string[] backward, string[] forward) =>
        new(Object(previousProperties, previousExtra), Object(candidateProperties, candidateExtra), backward, forward);

    private static string Object(string properties, string extra) =>
        """{"type":"object","properties":PROPERTIES EXTRA}""".Replace("PROPERTIES EXTRA", properties + extra);

    private static string Address(string zip) => """{"address":{"type":"object","properties":{"zip":ZIP}}}""".Replace("ZIP", zip);

    private static string Items(string type) => """{"type":"array","items":{"type":"TYPE"}}""".Replace("TYPE", type);

    private static string RefItems(string type) =>
        """{"type":"array","items":{"$ref":"#/definitions/someRef"},"definitions":{"someRef":{"type":"TYPE"}}}""".Replace("TYPE", type);

    private static string Defs(string zip) =>
        """{"$defs":{"addr":{"type":"object","properties":{"zip":{"type":"TYPE"}}}},"type":"object","properties":{"home":{"$ref":"#/$defs/addr"}}}"""
            .Replace("TYPE", zip);

    private static string Tree(string value) =>
        """{"type":"object","properties":{"value":{"type":"TYPE"},"children":{"type":"array","items":{"$ref":"#"}}}}""".Replace("TYPE", value);
}
