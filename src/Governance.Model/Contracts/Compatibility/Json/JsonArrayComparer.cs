using static Governance.Model.Contracts.Compatibility.Json.JsonDifferenceType;

namespace Governance.Model.Contracts.Compatibility.Json;

/// <summary>
/// Array schemas: the item schema recursively, and positional (tuple) items under the same content-model rules as
/// object properties, where the "extra properties" are the items past the tuple.
/// </summary>
internal static class JsonArrayComparer
{
    public static void Compare(JsonDiffContext context, ArrayNode original, ArrayNode update, string path)
    {
        JsonSchemaComparer.Compare(context, original.AllItems, update.AllItems, JsonDiffContext.Child(path, "items"));
        CompareTuple(context, original, update, path);
        CompareAdditionalItems(context, original, update, JsonDiffContext.Child(path, update.AdditionalKeyword));
        JsonScalarComparer.Bound(context, path, "maxItems", original.MaxItems, update.MaxItems,
            MAX_ITEMS_ADDED, MAX_ITEMS_REMOVED, MAX_ITEMS_INCREASED, MAX_ITEMS_DECREASED);
        JsonScalarComparer.Bound(context, path, "minItems", original.MinItems, update.MinItems,
            MIN_ITEMS_ADDED, MIN_ITEMS_REMOVED, MIN_ITEMS_INCREASED, MIN_ITEMS_DECREASED);
        if (original.UniqueItems != update.UniqueItems)
        {
            context.Add(original.UniqueItems ? UNIQUE_ITEMS_REMOVED : UNIQUE_ITEMS_ADDED, JsonDiffContext.Child(path, "uniqueItems"));
        }
    }

    private static void CompareTuple(JsonDiffContext context, ArrayNode original, ArrayNode update, string path)
    {
        var (was, now) = (original.TupleItems, update.TupleItems);
        for (var i = 0; i < Math.Max(was.Count, now.Count); i++)
        {
            var at = JsonDiffContext.Child(path, $"{(i < now.Count ? update : original).TupleKeyword}/{i}");
            if (i < was.Count && i < now.Count)
            {
                JsonSchemaComparer.Compare(context, was[i], now[i], at);
            }
            else if (i < was.Count)
            {
                Removed(context, was[i], update, at);
            }
            else
            {
                Added(context, original, now[i], at);
            }
        }
    }

    private static void Removed(JsonDiffContext context, JsonSchemaNode was, ArrayNode update, string at)
    {
        if (update.IsOpenContentModel)
        {
            context.Add(ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL, at);
        }
        else if (update.AdditionalItemsSchema is { } covering)
        {
            var covered = JsonSchemaComparer.IsCompatible(context, was, covering, at, out var trial);
            context.AddRange(trial);
            context.Add(covered ? ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL : ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL, at);
        }
        else
        {
            context.Add(was is FalseNode ? ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL : ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL, at);
        }
    }

    private static void Added(JsonDiffContext context, ArrayNode original, JsonSchemaNode now, string at)
    {
        if (original.IsOpenContentModel)
        {
            context.Add(now is EmptyNode ? ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL : ITEM_ADDED_TO_OPEN_CONTENT_MODEL, at);
        }
        else if (original.AdditionalItemsSchema is { } covering)
        {
            var covered = JsonSchemaComparer.IsCompatible(context, covering, now, at, out var trial);
            context.AddRange(trial);
            context.Add(covered ? ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL : ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL, at);
        }
        else
        {
            // The original allowed no item here, so no existing array has one.
            context.Add(ITEM_ADDED_TO_CLOSED_CONTENT_MODEL, at);
        }
    }

    private static void CompareAdditionalItems(JsonDiffContext context, ArrayNode original, ArrayNode update, string path)
    {
        if (original.PermitsAdditionalItems != update.PermitsAdditionalItems)
        {
            context.Add(original.PermitsAdditionalItems ? ADDITIONAL_ITEMS_REMOVED : ADDITIONAL_ITEMS_ADDED, path);
        }
        else if (original.AdditionalItemsSchema is null && update.AdditionalItemsSchema is not null)
        {
            context.Add(ADDITIONAL_ITEMS_NARROWED, path, null, update.AdditionalItemsSchema.Describe());
        }
        else if (original.AdditionalItemsSchema is not null && update.AdditionalItemsSchema is null)
        {
            context.Add(ADDITIONAL_ITEMS_EXTENDED, path);
        }
        else
        {
            JsonSchemaComparer.Compare(context, original.AdditionalItemsSchema, update.AdditionalItemsSchema, path);
        }
    }
}
