using Governance.Model.Contracts;

namespace Governance.Web.Contracts.Enforcement;

/// <summary>
/// The contract's fields against the dataset's current schema: a required field must be there, and
/// a field that is there must have the contract's type. Only top-level fields are modelled by
/// contracts, so they are compared with the schema's top-level fields.
/// </summary>
internal static class FieldRules
{
    /// <summary>Prefix of every rule key this family owns (swept when the family is checked).</summary>
    public const string KeyPrefix = "field.";

    /// <summary>Rule key of a required field's presence.</summary>
    public static string RequiredKey(string field) => $"field.required:{field}";

    /// <summary>Rule key of a field's type.</summary>
    public static string TypeKey(string field) => $"field.type:{field}";

    /// <summary>Outcomes for every contract field the schema lets us judge.</summary>
    public static IReadOnlyList<RuleOutcome> Check(DataContract contract, IReadOnlyList<SchemaField> schema, int? datasetVersion, long? eventId)
    {
        var outcomes = new List<RuleOutcome>();
        var topLevel = schema.Where(f => f.Depth == 0).GroupBy(f => f.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var field in contract.Fields)
        {
            topLevel.TryGetValue(field.Name, out var present);
            present ??= schema.FirstOrDefault(f => f.Path == field.Name);
            if (field.Required)
            {
                outcomes.Add(new RuleOutcome(RequiredKey(field.Name), ViolationKinds.FieldRule, ViolationSeverities.Error, present is not null,
                    present is not null
                        ? $"Required field '{field.Name}' is in the schema."
                        : $"Required field '{field.Name}' is missing from the schema of version {datasetVersion} of the dataset.",
                    new { field = field.Name, rule = "required", datasetVersion, rawEventId = eventId }));
            }

            if (present is not null && TypeOutcome(field, present, datasetVersion, eventId) is { } type)
            {
                outcomes.Add(type);
            }
        }

        return outcomes;
    }

    private static RuleOutcome? TypeOutcome(ContractField field, SchemaField present, int? datasetVersion, long? eventId)
    {
        bool kept;
        string expected;
        if (field.PhysicalType is { Length: > 0 } physical)
        {
            kept = SchemaFieldTypes.MatchesPhysical(physical, present.Type);
            expected = physical;
        }
        else if (field.LogicalType is { } logical)
        {
            // A type that does not say its family (a union, an enum, bytes) cannot be judged.
            if (SchemaFieldTypes.Family(present.Type, !present.IsLeaf) is not { } family)
            {
                return null;
            }

            kept = Accepts(logical).Contains(family);
            expected = logical.ToString().ToLowerInvariant();
        }
        else
        {
            return null;
        }

        return new RuleOutcome(TypeKey(field.Name), ViolationKinds.FieldRule, ViolationSeverities.Error, kept,
            kept
                ? $"Field '{field.Name}' is {present.Type}, as the contract says ({expected})."
                : $"Field '{field.Name}' is {present.Type ?? "untyped"} in the schema; the contract says {expected}.",
            new { field = field.Name, rule = "type", expected, actual = present.Type, datasetVersion, rawEventId = eventId });
    }

    /// <summary>The facet type families a logical type accepts; dates and times may be encoded as strings or numbers.</summary>
    private static string[] Accepts(FieldLogicalType logical) => logical switch
    {
        FieldLogicalType.String => ["string"],
        FieldLogicalType.Integer => ["integer"],
        FieldLogicalType.Number => ["integer", "number"],
        FieldLogicalType.Boolean => ["boolean"],
        FieldLogicalType.Date => ["date", "string", "integer"],
        FieldLogicalType.Timestamp => ["timestamp", "string", "integer"],
        FieldLogicalType.Time => ["time", "string", "integer"],
        FieldLogicalType.Object => ["object"],
        FieldLogicalType.Array => ["array"],
        _ => [],
    };
}
