using System.Globalization;
using static Governance.Model.Contracts.Compatibility.Json.JsonDifferenceType;

namespace Governance.Model.Contracts.Compatibility.Json;

/// <summary>String and number constraints: a bound added or tightened rejects values the original accepted.</summary>
internal static class JsonScalarComparer
{
    public static void CompareString(JsonDiffContext context, StringNode original, StringNode update, string path)
    {
        Bound(context, path, "maxLength", original.MaxLength, update.MaxLength, MAX_LENGTH_ADDED, MAX_LENGTH_REMOVED, MAX_LENGTH_INCREASED, MAX_LENGTH_DECREASED);
        Bound(context, path, "minLength", original.MinLength, update.MinLength, MIN_LENGTH_ADDED, MIN_LENGTH_REMOVED, MIN_LENGTH_INCREASED, MIN_LENGTH_DECREASED);
        var at = JsonDiffContext.Child(path, "pattern");
        if (original.Pattern is null && update.Pattern is not null)
        {
            context.Add(PATTERN_ADDED, at, null, update.Pattern);
        }
        else if (original.Pattern is not null && update.Pattern is null)
        {
            context.Add(PATTERN_REMOVED, at, original.Pattern);
        }
        else if (original.Pattern != update.Pattern)
        {
            context.Add(PATTERN_CHANGED, at, original.Pattern, update.Pattern);
        }
    }

    public static void CompareNumber(JsonDiffContext context, NumberNode original, NumberNode update, string path)
    {
        Bound(context, path, "maximum", original.Maximum, update.Maximum, MAXIMUM_ADDED, MAXIMUM_REMOVED, MAXIMUM_INCREASED, MAXIMUM_DECREASED);
        Bound(context, path, "minimum", original.Minimum, update.Minimum, MINIMUM_ADDED, MINIMUM_REMOVED, MINIMUM_INCREASED, MINIMUM_DECREASED);
        Bound(context, path, "exclusiveMaximum", original.ExclusiveMaximum, update.ExclusiveMaximum,
            EXCLUSIVE_MAXIMUM_ADDED, EXCLUSIVE_MAXIMUM_REMOVED, EXCLUSIVE_MAXIMUM_INCREASED, EXCLUSIVE_MAXIMUM_DECREASED);
        Bound(context, path, "exclusiveMinimum", original.ExclusiveMinimum, update.ExclusiveMinimum,
            EXCLUSIVE_MINIMUM_ADDED, EXCLUSIVE_MINIMUM_REMOVED, EXCLUSIVE_MINIMUM_INCREASED, EXCLUSIVE_MINIMUM_DECREASED);
        CompareMultipleOf(context, original.MultipleOf, update.MultipleOf, JsonDiffContext.Child(path, "multipleOf"));
        if (original.IsInteger != update.IsInteger)
        {
            context.Add(original.IsInteger ? TYPE_EXTENDED : TYPE_NARROWED, path, original.Describe(), update.Describe());
        }
    }

    /// <summary>A numeric keyword at <c>path/keyword</c>: added, removed, increased or decreased.</summary>
    public static void Bound(
        JsonDiffContext context, string path, string keyword, decimal? original, decimal? update,
        JsonDifferenceType added, JsonDifferenceType removed, JsonDifferenceType increased, JsonDifferenceType decreased)
    {
        if (original == update)
        {
            return;
        }

        var type = (original, update) switch
        {
            (null, _) => added,
            (_, null) => removed,
            _ => original < update ? increased : decreased,
        };
        context.Add(type, JsonDiffContext.Child(path, keyword), Text(original), Text(update));
    }

    /// <summary>A multiple of the original's step (larger step) accepts fewer numbers; a divisor of it accepts more.</summary>
    private static void CompareMultipleOf(JsonDiffContext context, decimal? original, decimal? update, string path)
    {
        if (original == update)
        {
            return;
        }

        var type = (original, update) switch
        {
            (null, _) => MULTIPLE_OF_ADDED,
            (_, null) => MULTIPLE_OF_REMOVED,
            ({ } o, { } u) when u % o == 0 => MULTIPLE_OF_EXPANDED,
            ({ } o, { } u) when o % u == 0 => MULTIPLE_OF_REDUCED,
            _ => MULTIPLE_OF_CHANGED,
        };
        context.Add(type, path, Text(original), Text(update));
    }

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}
