using static Governance.Model.Contracts.Compatibility.Json.JsonDifferenceType;

namespace Governance.Model.Contracts.Compatibility.Json;

/// <summary>
/// Object schemas under Confluent's content-model rules. A property may only be removed if the update still accepts
/// it (open model, or a covering patternProperties/additionalProperties schema); a property may only be added if
/// the original did not allow it with other values (closed or partially open model), and not as required without a
/// default.
/// </summary>
internal static class JsonObjectComparer
{
    public static void Compare(JsonDiffContext context, ObjectNode original, ObjectNode update, string path)
    {
        CompareRequired(context, original, update, JsonDiffContext.Child(path, "required"));
        CompareProperties(context, original, update, JsonDiffContext.Child(path, "properties"));
        CompareDependencies(context, original, update, JsonDiffContext.Child(path, "dependencies"));
        CompareAdditionalProperties(context, original, update, JsonDiffContext.Child(path, "additionalProperties"));
        JsonScalarComparer.Bound(context, path, "maxProperties", original.MaxProperties, update.MaxProperties,
            MAX_PROPERTIES_ADDED, MAX_PROPERTIES_REMOVED, MAX_PROPERTIES_INCREASED, MAX_PROPERTIES_DECREASED);
        JsonScalarComparer.Bound(context, path, "minProperties", original.MinProperties, update.MinProperties,
            MIN_PROPERTIES_ADDED, MIN_PROPERTIES_REMOVED, MIN_PROPERTIES_INCREASED, MIN_PROPERTIES_DECREASED);
    }

    private static void CompareRequired(JsonDiffContext context, ObjectNode original, ObjectNode update, string path)
    {
        foreach (var name in original.Properties.Keys.Where(update.Properties.ContainsKey))
        {
            var (was, now) = (original.Required.Contains(name), update.Required.Contains(name));
            if (was && !now)
            {
                context.Add(REQUIRED_ATTRIBUTE_REMOVED, JsonDiffContext.Child(path, name));
            }
            else if (!was && now)
            {
                context.Add(HasDefault(update.Properties[name]) ? REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED : REQUIRED_ATTRIBUTE_ADDED,
                    JsonDiffContext.Child(path, name));
            }
        }
    }

    private static void CompareProperties(JsonDiffContext context, ObjectNode original, ObjectNode update, string path)
    {
        foreach (var name in original.Properties.Keys.Union(update.Properties.Keys))
        {
            var at = JsonDiffContext.Child(path, name);
            var (was, now) = (original.Properties.GetValueOrDefault(name), update.Properties.GetValueOrDefault(name));
            if (now is null)
            {
                Removed(context, was!, update, name, at);
            }
            else if (was is null)
            {
                Added(context, original, update, name, now, at);
            }
            else
            {
                JsonSchemaComparer.Compare(context, was, now, at);
            }
        }
    }

    private static void Removed(JsonDiffContext context, JsonSchemaNode was, ObjectNode update, string name, string at)
    {
        if (update.IsOpenContentModel)
        {
            context.Add(PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL, at);
        }
        else if (update.SchemaForExtraProperty(name) is { } covering)
        {
            var covered = JsonSchemaComparer.IsCompatible(context, was, covering, at, out var trial);
            context.AddRange(trial);
            context.Add(covered ? PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL : PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL, at);
        }
        else
        {
            context.Add(was is FalseNode ? PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL : PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL, at);
        }
    }

    private static void Added(JsonDiffContext context, ObjectNode original, ObjectNode update, string name, JsonSchemaNode now, string at)
    {
        if (original.IsOpenContentModel)
        {
            context.Add(now is EmptyNode ? PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL : PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL, at);
            return;
        }

        if (original.SchemaForExtraProperty(name) is { } covering)
        {
            var covered = JsonSchemaComparer.IsCompatible(context, covering, now, at, out var trial);
            context.AddRange(trial);
            context.Add(covered ? PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL : PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL, at);
        }

        context.Add(!update.Required.Contains(name) ? OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL
            : HasDefault(now) ? REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL
            : REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL, at);
    }

    private static void CompareDependencies(JsonDiffContext context, ObjectNode original, ObjectNode update, string path)
    {
        foreach (var name in original.DependencyArrays.Keys.Union(update.DependencyArrays.Keys))
        {
            var at = JsonDiffContext.Child(path, name);
            var (was, now) = (original.DependencyArrays.GetValueOrDefault(name), update.DependencyArrays.GetValueOrDefault(name));
            JsonDifferenceType? type = (was, now) switch
            {
                (_, null) => DEPENDENCY_ARRAY_REMOVED,
                (null, _) => DEPENDENCY_ARRAY_ADDED,
                _ when was.SetEquals(now) => null,
                _ when now.IsSupersetOf(was) => DEPENDENCY_ARRAY_EXTENDED,
                _ when was.IsSupersetOf(now) => DEPENDENCY_ARRAY_NARROWED,
                _ => DEPENDENCY_ARRAY_CHANGED,
            };
            if (type is { } found)
            {
                context.Add(found, at, Names(was), Names(now));
            }
        }

        foreach (var name in original.DependencySchemas.Keys.Union(update.DependencySchemas.Keys))
        {
            var at = JsonDiffContext.Child(path, name);
            var (was, now) = (original.DependencySchemas.GetValueOrDefault(name), update.DependencySchemas.GetValueOrDefault(name));
            if (was is null || now is null)
            {
                context.Add(now is null ? DEPENDENCY_SCHEMA_REMOVED : DEPENDENCY_SCHEMA_ADDED, at);
            }
            else
            {
                JsonSchemaComparer.Compare(context, was, now, at);
            }
        }
    }

    private static void CompareAdditionalProperties(JsonDiffContext context, ObjectNode original, ObjectNode update, string path)
    {
        if (original.PermitsAdditionalProperties != update.PermitsAdditionalProperties)
        {
            context.Add(update.PermitsAdditionalProperties ? ADDITIONAL_PROPERTIES_ADDED : ADDITIONAL_PROPERTIES_REMOVED, path);
        }
        else if (original.AdditionalPropertiesSchema is null && update.AdditionalPropertiesSchema is not null)
        {
            context.Add(ADDITIONAL_PROPERTIES_NARROWED, path, null, update.AdditionalPropertiesSchema.Describe());
        }
        else if (original.AdditionalPropertiesSchema is not null && update.AdditionalPropertiesSchema is null)
        {
            context.Add(ADDITIONAL_PROPERTIES_EXTENDED, path);
        }
        else
        {
            JsonSchemaComparer.Compare(context, original.AdditionalPropertiesSchema, update.AdditionalPropertiesSchema, path);
        }
    }

    /// <summary>A default on the property schema (or on the schema its $ref points at).</summary>
    private static bool HasDefault(JsonSchemaNode node) => node.HasDefault || (node is LocalRefNode r && r.Target.HasDefault);

    private static string? Names(IReadOnlySet<string>? names) => names is null ? null : "[" + string.Join(", ", names.Order()) + "]";
}
