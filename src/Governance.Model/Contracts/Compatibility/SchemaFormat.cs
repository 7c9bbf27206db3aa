namespace Governance.Model.Contracts.Compatibility;

/// <summary>How the two schemas of one check are named in messages, e.g. reader "the new schema", writer "previous version 2".</summary>
/// <param name="Reader">The schema consumers read with.</param>
/// <param name="Writer">The schema the data was produced with.</param>
internal sealed record RoleLabels(string Reader, string Writer);

/// <summary>One reason a reader cannot read a writer's data, before it is tied to a direction and a version.</summary>
/// <param name="Kind">Stable kind, e.g. <c>READER_FIELD_MISSING_DEFAULT_VALUE</c>.</param>
/// <param name="Location">Where in the schema (see <see cref="BreakingChange.Location"/>).</param>
/// <param name="Description">What differs between the reader and the writer, naming them by their <see cref="RoleLabels"/>.</param>
internal sealed record Incompatibility(string Kind, string Location, string Description);

/// <summary>A schema text that cannot be read as a schema of its type; the message says where and what is wrong.</summary>
internal sealed class SchemaFormatException(string message) : Exception(message);

/// <summary>A schema type the checker understands: how to read its text and how to compare a reader with a writer.</summary>
internal interface ISchemaFormat
{
    /// <summary>Name used in messages, e.g. "Avro".</summary>
    string DisplayName { get; }

    /// <summary>Reads a schema text. Throws <see cref="SchemaFormatException"/> for anything malformed.</summary>
    object Parse(string text);

    /// <summary>Everything that keeps <paramref name="reader"/> from reading data produced with <paramref name="writer"/>.</summary>
    IReadOnlyList<Incompatibility> FindIncompatibilities(object reader, object writer, RoleLabels labels);
}
