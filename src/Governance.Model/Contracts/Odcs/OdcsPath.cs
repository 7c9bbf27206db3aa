using System.Text.RegularExpressions;

namespace Governance.Model.Contracts.Odcs;

/// <summary>Builds the ODCS paths used in <see cref="ContractProblem.Path"/>: <c>schema[0].properties[2].name</c>.</summary>
internal static partial class OdcsPath
{
    public static string Member(string parent, string name)
    {
        var segment = PlainName().IsMatch(name) ? name : "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
        return parent.Length == 0 ? segment : segment[0] == '[' ? parent + segment : parent + "." + segment;
    }

    public static string Item(string parent, int index) => $"{parent}[{index}]";

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainName();
}
