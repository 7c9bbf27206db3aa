using System.Globalization;
using System.Text.RegularExpressions;
using Governance.Model.Contracts.Cel;

namespace Governance.Model.Contracts;

/// <summary>Comparing bounds, checking patterns and CEL expressions.</summary>
public static partial class ContractValidator
{
    private static readonly TimeSpan RegexBudget = TimeSpan.FromMilliseconds(200);

    /// <summary>The value kind a range bound of <paramref name="type"/> must have, or <see langword="null"/> when the type has no range.</summary>
    private static ContractValueKind? BoundKind(FieldLogicalType type) => type switch
    {
        FieldLogicalType.Integer or FieldLogicalType.Number => ContractValueKind.Number,
        FieldLogicalType.Date or FieldLogicalType.Timestamp or FieldLogicalType.Time => ContractValueKind.String,
        _ => null,
    };

    /// <summary>Orders two values of a field of <paramref name="type"/>; <see langword="null"/> when they cannot be compared (e.g. a date in an unknown format).</summary>
    private static int? Compare(ContractValue a, ContractValue b, FieldLogicalType type)
    {
        if (a.Kind == ContractValueKind.Number && b.Kind == ContractValueKind.Number)
        {
            return a.Number.CompareTo(b.Number);
        }

        if (a.Kind != ContractValueKind.String || b.Kind != ContractValueKind.String)
        {
            return null;
        }

        return type switch
        {
            FieldLogicalType.Time => TimeOnly.TryParse(a.Text, CultureInfo.InvariantCulture, out var ta) && TimeOnly.TryParse(b.Text, CultureInfo.InvariantCulture, out var tb)
                ? ta.CompareTo(tb) : null,
            FieldLogicalType.Date or FieldLogicalType.Timestamp => TryParseInstant(a.Text!, out var da) && TryParseInstant(b.Text!, out var db)
                ? da.CompareTo(db) : null,
            _ => null,
        };
    }

    private static bool TryParseInstant(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);

    private static Regex? CompilePattern(string pattern, string path, Action<string, string> add)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, RegexBudget);
        }
        catch (ArgumentException e)
        {
            add(path, $"'{pattern}' is not a valid regular expression: {e.Message}");
            return null;
        }
    }

    private static bool SafeIsMatch(Regex pattern, string value)
    {
        try
        {
            return pattern.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return true; // a pattern too slow to decide is not reported as a contradiction
        }
    }

    /// <summary>
    /// Why a rule's expression is not CEL, with the position inside the expression (<c>line:column</c>); a rule that
    /// cannot be parsed would only fail later, on every record, so it is refused when the contract is written.
    /// </summary>
    private static string? CelSyntaxError(string expression)
    {
        try
        {
            CelProgram.Parse(expression);
            return null;
        }
        catch (CelParseException e)
        {
            return $"not a valid CEL expression: {e.Message}";
        }
    }
}
