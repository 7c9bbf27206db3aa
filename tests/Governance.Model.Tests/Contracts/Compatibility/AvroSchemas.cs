namespace Governance.Model.Tests.Contracts.Compatibility;

/// <summary>Compact builders for the Avro schemas of the tests (records live in namespace <c>com.acme</c>).</summary>
internal static class AvroSchemas
{
    public static readonly string Id = Field("id", "\"long\"");

    /// <summary>The record <c>com.acme.Order</c> with the given fields.</summary>
    public static string Order(params string[] fields) => Record("Order", fields);

    public static string Record(string name, params string[] fields) =>
        $$"""{"type":"record","name":"{{name}}","namespace":"com.acme","fields":[{{string.Join(",", fields)}}]}""";

    public static string Field(string name, string type) => $$"""{"name":"{{name}}","type":{{type}}}""";

    public static string Field(string name, string type, string defaultJson) =>
        $$"""{"name":"{{name}}","type":{{type}},"default":{{defaultJson}}}""";

    /// <summary>A field of primitive type <paramref name="type"/>.</summary>
    public static string Primitive(string name, string type) => Field(name, $"\"{type}\"");

    public static string Enum(string name, params string[] symbols) =>
        $$"""{"type":"enum","name":"{{name}}","symbols":[{{string.Join(",", symbols.Select(s => $"\"{s}\""))}}]}""";

    public static string EnumWithDefault(string name, string defaultSymbol, params string[] symbols) =>
        $$"""{"type":"enum","name":"{{name}}","symbols":[{{string.Join(",", symbols.Select(s => $"\"{s}\""))}}],"default":"{{defaultSymbol}}"}""";

    public static string Fixed(string name, int size) => $$"""{"type":"fixed","name":"{{name}}","size":{{size}}}""";

    public static string Decimal(int precision, int scale) =>
        $$"""{"type":"bytes","logicalType":"decimal","precision":{{precision}},"scale":{{scale}}}""";

    public static string Logical(string type, string logicalType) => $$"""{"type":"{{type}}","logicalType":"{{logicalType}}"}""";

    public static string Array(string items) => $$"""{"type":"array","items":{{items}}}""";

    public static string Map(string values) => $$"""{"type":"map","values":{{values}}}""";
}
