namespace Governance.Model.Contracts.Compatibility.Avro;

/// <summary>Avro: parsed by <see cref="AvroSchemaParser"/>, compared by <see cref="AvroResolutionChecker"/>.</summary>
internal sealed class AvroSchemaFormat : ISchemaFormat
{
    public static readonly AvroSchemaFormat Instance = new();

    public string DisplayName => "Avro";

    public object Parse(string text) => AvroSchemaParser.Parse(text);

    public IReadOnlyList<Incompatibility> FindIncompatibilities(object reader, object writer, RoleLabels labels) =>
        new AvroResolutionChecker(labels).Check((AvroType)reader, (AvroType)writer);
}
