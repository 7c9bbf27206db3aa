namespace Governance.Web.Contracts;

/// <summary>
/// The model's enumerations spelled as ODCS writes them: lower case (<c>string</c>, <c>pii</c>, <c>warning</c>,
/// <c>active</c>). Reading is case-insensitive and accepts only the names, never numbers.
/// </summary>
public static class ContractSpelling
{
    /// <summary>The ODCS spelling of <paramref name="value"/>.</summary>
    public static string Of<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>The value <paramref name="text"/> names, or null when it names none.</summary>
    public static T? Parse<T>(string? text) where T : struct, Enum
    {
        var trimmed = text?.Trim();
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Every spelling of <typeparamref name="T"/>, for messages and choice lists.</summary>
    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Enum.GetValues<T>().Select(Of).ToList();
}
