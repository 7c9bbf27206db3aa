using Governance.Model.Platform;

namespace Governance.Collector.Schemas;

/// <summary>
/// Resolves the references of one schema version from what a scan read of the Schema Registry: a reference
/// <c>{ name, subject, version }</c> resolves to the schema of that subject version in the snapshot.
/// </summary>
/// <remarks>
/// The references of referenced versions are followed too (breadth first, so a name declared closer to the root
/// schema wins), because a referenced Avro record may itself refer to a third subject by name. A reference whose
/// subject version is not in the snapshot does not resolve, which the extractors report as an unresolved type or
/// import. Version <c>-1</c> means the subject's latest version, as in Confluent's clients.
/// </remarks>
public sealed class RegistrySchemaReferenceResolver : ISchemaReferenceResolver
{
    private readonly Dictionary<string, string> _schemas = new(StringComparer.Ordinal);

    /// <summary>Collects the reference closure of <paramref name="version"/>.</summary>
    /// <param name="registry">The registry snapshot holding the referenced subjects.</param>
    /// <param name="version">The schema version whose references are to be resolved.</param>
    public RegistrySchemaReferenceResolver(SchemaRegistrySnapshot registry, SchemaVersionInfo version)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(version);

        var subjects = registry.Subjects.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var visited = new HashSet<(string Subject, int Version)>();
        var pending = new Queue<SchemaReferenceInfo>(version.References);
        while (pending.TryDequeue(out var reference))
        {
            if (!visited.Add((reference.Subject, reference.Version)))
            {
                continue; // diamond or cyclic references
            }

            // Version -1 is Confluent's spelling of "latest".
            var subject = subjects.GetValueOrDefault(reference.Subject);
            var target = reference.Version == -1 ? subject?.Latest : subject?.Versions.FirstOrDefault(v => v.Version == reference.Version);
            if (target is null)
            {
                continue;
            }

            _schemas.TryAdd(reference.Name, target.Schema);
            foreach (var nested in target.References)
            {
                pending.Enqueue(nested);
            }
        }
    }

    /// <inheritdoc />
    public string? Resolve(string name) => _schemas.TryGetValue(name, out var schema) ? schema : null;
}
