using System.Globalization;
using Governance.Model.Contracts;

namespace Governance.Web.Components.Shared.Contracts;

/// <summary>A field's rules and a contract's service levels in words, as the contract page lists them.</summary>
public static class ContractRuleText
{
    /// <summary>Each rule of a field, e.g. <c>one of 'EUR', 'USD'</c>, <c>matches ^[A-Z]{3}$</c>, <c>≥ 0</c>.</summary>
    public static IReadOnlyList<string> Rules(ContractField field)
    {
        var rules = new List<string>();
        if (field.AllowedValues is { } values)
        {
            rules.Add("one of " + string.Join(", ", values.Select(v => v.ToString())));
        }

        if (field.Pattern is { } pattern)
        {
            rules.Add("matches " + pattern);
        }

        if (field.MinLength is { } minLength && field.MaxLength is { } maxLength)
        {
            rules.Add($"length {minLength}–{maxLength}");
        }
        else if (field.MinLength is { } min)
        {
            rules.Add($"length ≥ {min}");
        }
        else if (field.MaxLength is { } max)
        {
            rules.Add($"length ≤ {max}");
        }

        if (field.Minimum is { } lower)
        {
            rules.Add($"{(lower.Exclusive ? ">" : "≥")} {lower.Value}");
        }

        if (field.Maximum is { } upper)
        {
            rules.Add($"{(upper.Exclusive ? "<" : "≤")} {upper.Value}");
        }

        if (field.Format is { } format)
        {
            rules.Add("format " + format);
        }

        return rules;
    }

    /// <summary>A duration in the largest whole unit: <c>15 min</c>, <c>2 h</c>, <c>1 d</c>, <c>90 s</c>.</summary>
    public static string Duration(TimeSpan duration) => duration switch
    {
        { TotalSeconds: var s } when s % 86400 == 0 => $"{s / 86400:0} d",
        { TotalSeconds: var s } when s % 3600 == 0 => $"{s / 3600:0} h",
        { TotalSeconds: var s } when s % 60 == 0 => $"{s / 60:0} min",
        _ => duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s",
    };

    /// <summary>A record count with thousands separators: <c>12,000</c>.</summary>
    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
