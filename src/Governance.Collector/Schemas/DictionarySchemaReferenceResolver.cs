namespace Governance.Collector.Schemas;

/// <summary>An <see cref="ISchemaReferenceResolver"/> over a fixed map of reference name → schema text.</summary>
/// <param name="schemas">Schema texts by reference name (compared ordinally).</param>
public sealed class DictionarySchemaReferenceResolver(IReadOnlyDictionary<string, string> schemas) : ISchemaReferenceResolver
{
    /// <inheritdoc />
    public string? Resolve(string name) => schemas.TryGetValue(name, out var schema) ? schema : null;
}
