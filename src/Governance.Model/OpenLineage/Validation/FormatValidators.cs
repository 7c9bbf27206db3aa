using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace Governance.Model.OpenLineage.Validation;

/// <summary>
/// The three <c>format</c> assertions the OpenLineage schemas use, implemented like the reference harness
/// (<c>shared/openlineage/tools/validate_examples.py</c>) instead of NJsonSchema's built-ins (which, e.g., accept
/// <c>2020-01-01</c> and <c>2021-11-03T10:53:52.427343</c> as <c>date-time</c>). Failures are only ever reported as
/// warnings by <see cref="OpenLineageValidator"/>.
/// </summary>
internal static partial class FormatValidators
{
    public static IFormatValidator[] All { get; } = [new DateTime(), new Uri(), new Uuid()];

    /// <summary>RFC 3339 <c>date-time</c> (as <c>rfc3339_validator</c>): offset mandatory, <c>T</c> separator.</summary>
    internal static bool IsRfc3339DateTime(string value)
    {
        var m = Rfc3339().Match(value);
        if (!m.Success)
        {
            return false;
        }

        int G(int i) => int.Parse(m.Groups[i].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        int year = G(1), month = G(2), day = G(3), hour = G(4), minute = G(5), second = G(6);
        if (month is < 1 or > 12 || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        var leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        int[] days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        if (day < 1 || day > days[month - 1])
        {
            return false;
        }

        return !m.Groups[8].Success || (G(8) <= 23 && G(9) <= 59);
    }

    /// <summary>The harness' simplified <c>uri</c>: an RFC 3986 scheme, a colon, no whitespace.</summary>
    internal static bool IsUri(string value) => UriPattern().IsMatch(value);

    /// <summary><c>uuid</c>: 8-4-4-4-12 hexadecimal digits.</summary>
    internal static bool IsUuid(string value) => UuidPattern().IsMatch(value);

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?(?:[Zz]|[+-]([0-9]{2}):([0-9]{2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:\S*$", RegexOptions.CultureInvariant)]
    private static partial Regex UriPattern();

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex UuidPattern();

    private sealed class DateTime : IFormatValidator
    {
        public string Format => "date-time";
        public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.DateTimeExpected;
        public bool IsValid(string value, JTokenType tokenType) => tokenType != JTokenType.String || IsRfc3339DateTime(value);
    }

    private sealed class Uri : IFormatValidator
    {
        public string Format => "uri";
        public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.UriExpected;
        public bool IsValid(string value, JTokenType tokenType) => tokenType != JTokenType.String || IsUri(value);
    }

    private sealed class Uuid : IFormatValidator
    {
        public string Format => "uuid";
        public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.UuidExpected;
        public bool IsValid(string value, JTokenType tokenType) => tokenType != JTokenType.String || IsUuid(value);
    }
}
