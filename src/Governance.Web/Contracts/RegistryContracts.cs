using System.Text.Json;

namespace Governance.Web.Contracts;

/// <summary>
/// The registry-side contract of one subject as the collector reports it (<c>governance_schemaRegistry</c> facet):
/// the registered version, the subject's compatibility level, Confluent metadata (field tags, properties, sensitive
/// keys) and its rule set.
/// </summary>
/// <param name="Role"><c>key</c> or <c>value</c>.</param>
/// <param name="Tags">Confluent metadata <c>tags</c>: field path → tags (e.g. <c>Customer.email</c> → PII).</param>
/// <param name="Properties">Confluent metadata <c>properties</c> (e.g. owner, domain).</param>
/// <param name="Sensitive">Confluent metadata <c>sensitive</c>: property names whose values are secret.</param>
public sealed record RegistrySubjectDto(
    string Role,
    string Subject,
    int? Version,
    int? SchemaId,
    string? SchemaType,
    string? Compatibility,
    IReadOnlyList<RegistryFieldTagsDto> Tags,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<string> Sensitive,
    IReadOnlyList<RegistryRuleDto> DomainRules,
    IReadOnlyList<RegistryRuleDto> MigrationRules);

/// <summary>The tags Confluent metadata puts on one field path.</summary>
public sealed record RegistryFieldTagsDto(string Path, IReadOnlyList<string> Tags);

/// <summary>
/// A Confluent data-contract rule: <see cref="Kind"/> CONDITION or TRANSFORM, <see cref="Type"/> CEL, CEL_FIELD,
/// JSONATA, ENCRYPT, …, <see cref="Mode"/> WRITE, READ, WRITEREAD, UPGRADE, DOWNGRADE, UPDOWN.
/// </summary>
public sealed record RegistryRuleDto(
    string Name,
    string? Doc,
    string? Kind,
    string? Type,
    string? Mode,
    string? Expression,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> Params,
    string? OnSuccess,
    string? OnFailure,
    bool Disabled);

/// <summary>Reads <see cref="RegistrySubjectDto"/>s leniently from stored facets: members of another shape are left out.</summary>
public static class RegistryContracts
{
    /// <summary>The subjects a dataset's stored facets report, key before value.</summary>
    public static IReadOnlyList<RegistrySubjectDto> FromFacets(JsonElement? facets) =>
        facets is not { } f ? [] : RegistrySubjects.SubjectEntries(f).Select(Subject).OfType<RegistrySubjectDto>().ToList();

    private static RegistrySubjectDto? Subject(JsonElement entry)
    {
        if (Text(entry, "subject") is not { } subject)
        {
            return null;
        }

        var metadata = Member(entry, "metadata");
        var ruleSet = Member(entry, "ruleSet");
        var tags = Member(metadata, "tags") is { ValueKind: JsonValueKind.Object } tagObject
            ? tagObject.EnumerateObject().Select(t => new RegistryFieldTagsDto(t.Name, Strings(t.Value))).ToList()
            : [];
        return new RegistrySubjectDto(
            Text(entry, "role") ?? "value", subject, Integer(entry, "version"), Integer(entry, "schemaId"), Text(entry, "schemaType"),
            Text(entry, "compatibility"), tags, Map(Member(metadata, "properties")), Strings(Member(metadata, "sensitive")),
            Rules(Member(ruleSet, "domainRules")), Rules(Member(ruleSet, "migrationRules")));
    }

    private static IReadOnlyList<RegistryRuleDto> Rules(JsonElement rules) => rules.ValueKind != JsonValueKind.Array ? [] : rules.EnumerateArray()
        .Where(r => r.ValueKind == JsonValueKind.Object)
        .Select(r => new RegistryRuleDto(
            Text(r, "name") ?? "(unnamed)", Text(r, "doc"), Text(r, "kind"), Text(r, "type"), Text(r, "mode"), Text(r, "expr"),
            Strings(Member(r, "tags")), Map(Member(r, "params")), Text(r, "onSuccess"), Text(r, "onFailure"),
            Member(r, "disabled").ValueKind == JsonValueKind.True))
        .ToList();

    private static JsonElement Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    private static string? Text(JsonElement element, string name) =>
        Member(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static int? Integer(JsonElement element, string name) =>
        Member(element, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) ? number : null;

    private static IReadOnlyList<string> Strings(JsonElement array) => array.ValueKind != JsonValueKind.Array ? [] : array.EnumerateArray()
        .Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList();

    private static IReadOnlyDictionary<string, string> Map(JsonElement obj)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (obj.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in obj.EnumerateObject())
            {
                map[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        return map;
    }
}
