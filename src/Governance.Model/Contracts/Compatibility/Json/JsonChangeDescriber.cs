using static Governance.Model.Contracts.Compatibility.Json.JsonDifferenceType;

namespace Governance.Model.Contracts.Compatibility.Json;

/// <summary>Plain-words descriptions of the breaking JSON Schema differences, naming the writer's and the reader's schema.</summary>
internal static class JsonChangeDescriber
{
    /// <summary>What differs and why the reader rejects data the writer accepts.</summary>
    public static string Describe(JsonDifference d, RoleLabels labels)
    {
        var (r, w) = (labels.Reader, labels.Writer);
        var (o, u) = (d.Original, d.Update);
        var name = d.Path[(d.Path.LastIndexOf('/') + 1)..];
        return d.Type switch
        {
            TYPE_CHANGED => $"The type differs: {w} has {o} here but {r} has {u}, which rejects values {w} accepts.",
            TYPE_NARROWED => $"{Cap(r)} accepts only integers here while {w} accepts any number.",
            SCHEMA_ADDED => $"{Cap(r)} constrains the items with a schema {w} does not have, so items valid under {w} may be rejected.",
            MAX_LENGTH_ADDED or MIN_LENGTH_ADDED or PATTERN_ADDED or MAXIMUM_ADDED or MINIMUM_ADDED or EXCLUSIVE_MAXIMUM_ADDED
                or EXCLUSIVE_MINIMUM_ADDED or MULTIPLE_OF_ADDED or MAX_PROPERTIES_ADDED or MIN_PROPERTIES_ADDED
                or MAX_ITEMS_ADDED or MIN_ITEMS_ADDED =>
                $"{Cap(r)} adds the constraint {name} = {u}, which {w} does not have, so values valid under {w} may violate it.",
            UNIQUE_ITEMS_ADDED => $"{Cap(r)} requires unique items while {w} allows duplicates.",
            MAX_LENGTH_DECREASED or MAXIMUM_DECREASED or EXCLUSIVE_MAXIMUM_DECREASED or MAX_PROPERTIES_DECREASED or MAX_ITEMS_DECREASED =>
                $"{Cap(r)} lowers {name} from {o} to {u}, so values valid under {w} may exceed it.",
            MIN_LENGTH_INCREASED or MINIMUM_INCREASED or EXCLUSIVE_MINIMUM_INCREASED or MIN_PROPERTIES_INCREASED or MIN_ITEMS_INCREASED =>
                $"{Cap(r)} raises {name} from {o} to {u}, so values valid under {w} may fall below it.",
            PATTERN_CHANGED or MULTIPLE_OF_CHANGED or MULTIPLE_OF_EXPANDED =>
                $"{Cap(r)} changes {name} from {o} to {u}, so values valid under {w} may not match it.",
            REQUIRED_ATTRIBUTE_ADDED =>
                $"Property '{name}' is required without a default in {r} but optional in {w}, so data from {w} may lack it.",
            REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL =>
                $"Property '{name}' is new and required without a default in {r}; data from {w} does not have it.",
            PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL =>
                $"Property '{name}' is declared in {r} but not in {w}, whose open content model lets data carry '{name}' with any value.",
            PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL =>
                $"Property '{name}' is declared in {r} with a schema narrower than the one {w}'s patternProperties/additionalProperties gave it.",
            PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL =>
                $"Property '{name}' of {w} is gone from {r}, whose closed content model (additionalProperties: false) rejects data that has it.",
            PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL =>
                $"Property '{name}' of {w} is gone from {r}, whose patternProperties/additionalProperties schema does not accept all its values.",
            ADDITIONAL_PROPERTIES_REMOVED => $"{Cap(r)} forbids additional properties (additionalProperties: false) that {w} allows.",
            ADDITIONAL_PROPERTIES_NARROWED => $"{Cap(r)} restricts additional properties to {u} while {w} allows any.",
            ITEM_ADDED_TO_OPEN_CONTENT_MODEL =>
                $"{Cap(r)} adds the positional item {name}, which {w} allowed with any value.",
            ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL =>
                $"{Cap(r)} adds the positional item {name} with a schema narrower than {w}'s schema for additional items.",
            ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL =>
                $"Positional item {name} of {w} is gone from {r}, which forbids additional items.",
            ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL =>
                $"Positional item {name} of {w} is gone from {r}, whose schema for additional items does not accept all its values.",
            ADDITIONAL_ITEMS_REMOVED => $"{Cap(r)} forbids the additional items {w} allows.",
            ADDITIONAL_ITEMS_NARROWED => $"{Cap(r)} restricts additional items to {u} while {w} allows any.",
            DEPENDENCY_ARRAY_ADDED or DEPENDENCY_ARRAY_EXTENDED or DEPENDENCY_ARRAY_CHANGED =>
                $"{Cap(r)} makes property '{name}' depend on {u} (in {w}: {o ?? "nothing"}), which data from {w} may not satisfy.",
            DEPENDENCY_SCHEMA_ADDED => $"{Cap(r)} adds a schema that data with property '{name}' must satisfy, which {w} does not have.",
            ENUM_ARRAY_NARROWED when o is null => $"{Cap(r)} restricts the allowed values to {u} while {w} allows any value here.",
            ENUM_ARRAY_NARROWED => $"{Cap(r)} no longer allows the values {o} that {w} allows.",
            ENUM_ARRAY_CHANGED => $"{Cap(r)} no longer allows the values {o} that {w} allows (it allows {u} instead).",
            COMBINED_TYPE_CHANGED => $"The combination changed from {o} in {w} to {u} in {r}, which accepts different values.",
            PRODUCT_TYPE_EXTENDED => $"{Cap(r)} has more allOf subschemas than {w} ({o} to {u}): every value must satisfy more schemas.",
            SUM_TYPE_NARROWED => $"{Cap(r)} has fewer alternatives than {w} ({o} to {u}), so values of a dropped alternative are rejected.",
            COMBINED_TYPE_SUBSCHEMAS_CHANGED =>
                $"The alternatives of {r} do not each accept the values of a matching alternative of {w}.",
            NOT_TYPE_EXTENDED => $"{Cap(r)} excludes {u} instead of {o} ('not'), so it rejects values {w} accepts.",
            _ => $"{Cap(r)} differs from {w} ({d.Type}) in a way that rejects values {w} accepts.",
        };
    }

    private static string Cap(string label) => char.ToUpperInvariant(label[0]) + label[1..];
}
