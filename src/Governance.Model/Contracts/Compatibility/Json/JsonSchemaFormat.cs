namespace Governance.Model.Contracts.Compatibility.Json;

/// <summary>
/// JSON Schema: the reader can read the writer's data when every difference from the writer's schema (the original)
/// to the reader's (the update) is one Confluent counts as compatible; the others are the breaking changes.
/// </summary>
internal sealed class JsonSchemaFormat : ISchemaFormat
{
    public static readonly JsonSchemaFormat Instance = new();

    public string DisplayName => "JSON";

    public object Parse(string text) => JsonSchemaDocument.Parse(text);

    public IReadOnlyList<Incompatibility> FindIncompatibilities(object reader, object writer, RoleLabels labels) =>
        JsonSchemaComparer.Compare(((JsonSchemaDocument)writer).Root, ((JsonSchemaDocument)reader).Root)
            .Where(d => !d.Type.IsCompatible())
            .Select(d => new Incompatibility(d.Type.ToString(), d.Path, JsonChangeDescriber.Describe(d, labels)))
            .ToList();
}
