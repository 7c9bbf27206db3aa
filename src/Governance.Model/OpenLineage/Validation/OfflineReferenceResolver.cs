using NJsonSchema;
using NJsonSchema.Generation;
using NJsonSchema.References;

namespace Governance.Model.OpenLineage.Validation;

/// <summary>
/// NJsonSchema reference resolver that resolves absolute <c>$ref</c> URLs only against schema documents that were
/// loaded from embedded resources (keyed by their <c>$id</c>), and never touches the network or the file system:
/// the base class would download unknown URLs (<c>JsonSchema.FromUrlAsync</c>) and read relative references from
/// disk; both are overridden to throw.
/// </summary>
internal sealed class OfflineReferenceResolver : JsonReferenceResolver
{
    private readonly IReadOnlyDictionary<string, JsonSchema> _documents;

    public OfflineReferenceResolver(JsonSchema rootSchema, IReadOnlyDictionary<string, JsonSchema> documents)
        : base(new JsonSchemaAppender(rootSchema, new DefaultTypeNameGenerator()))
    {
        _documents = documents;
        foreach (var (id, document) in documents)
        {
            AddDocumentReference(id, document);
        }
    }

    /// <summary>Message fragment of the exception thrown for an unknown reference (used by tests).</summary>
    public const string NotEmbeddedMessage = "is not one of the embedded OpenLineage schemas; remote schemas are never fetched";

    /// <inheritdoc />
    public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var documentUrl = hash < 0 ? url : url[..hash];
        if (_documents.TryGetValue(documentUrl, out var document))
        {
            return Task.FromResult<IJsonReference>(document);
        }

        throw new InvalidOperationException($"Schema reference '{url}' {NotEmbeddedMessage}.");
    }

    /// <inheritdoc />
    public override Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException($"Schema reference '{filePath}' {NotEmbeddedMessage} (file references are not read).");
}
