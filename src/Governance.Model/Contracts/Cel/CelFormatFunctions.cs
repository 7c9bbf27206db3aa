using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Governance.Model.Contracts.Cel;

/// <summary>
/// The string validators Confluent's rule executors add to CEL: <c>isEmail()</c>, <c>isHostname()</c>,
/// <c>isIpv4()</c>, <c>isIpv6()</c>, <c>isUri()</c>, <c>isUriRef()</c> and <c>isUuid()</c>, all called on a string.
/// </summary>
internal static partial class CelFormatFunctions
{
    private const int MaxHostnameLength = 253;
    private const int MaxLabelLength = 63;

    public static bool TryInvoke(CelCallExpr call, CelValue? target, CelValue[] arguments, CelRuntime runtime, [NotNullWhen(true)] out CelValue? result)
    {
        Func<string, bool>? validator = call.Function switch
        {
            "isEmail" => IsEmail,
            "isHostname" => IsHostname,
            "isIpv4" => IsIpv4,
            "isIpv6" => IsIpv6,
            "isUri" => text => UriScheme().IsMatch(text) && Uri.TryCreate(text, UriKind.Absolute, out _),
            "isUriRef" => text => Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out _),
            "isUuid" => text => UuidPattern().IsMatch(text),
            _ => null,
        };
        if (validator is null)
        {
            result = null;
            return false;
        }

        if (target is CelString text && arguments.Length == 0)
        {
            runtime.Budget.Step(text.Value.Length);
            result = CelBool.Of(validator(text.Value));
        }
        else
        {
            result = CelFunctions.NoOverload(call, target, arguments);
        }

        return true;
    }

    /// <summary>The HTML living standard's e-mail syntax: a local part, '@', and a host name.</summary>
    private static bool IsEmail(string text)
    {
        var at = text.LastIndexOf('@');
        return at > 0 && at <= 64 && EmailLocalPart().IsMatch(text[..at]) && IsHostname(text[(at + 1)..]);
    }

    /// <summary>RFC 1123 host names: dot-separated labels of letters, digits and inner hyphens; the last label is not all digits.</summary>
    private static bool IsHostname(string text)
    {
        var name = text.EndsWith('.') ? text[..^1] : text;
        if (name.Length is 0 or > MaxHostnameLength)
            return false;
        var labels = name.Split('.');
        return labels.All(IsLabel) && !labels[^1].All(char.IsAsciiDigit);

        static bool IsLabel(string label) =>
            label.Length is > 0 and <= MaxLabelLength && label[0] != '-' && label[^1] != '-'
            && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
    }

    /// <summary>Dotted-quad only: four decimal octets without leading zeros (no <c>1.2.3</c> or <c>0x7f.1</c> shorthands).</summary>
    private static bool IsIpv4(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 4 && parts.All(part =>
            part.Length is > 0 and <= 3 && part.All(char.IsAsciiDigit) && (part.Length == 1 || part[0] != '0') && int.Parse(part, CultureInfo.InvariantCulture) <= 255);
    }

    private static bool IsIpv6(string text) =>
        text.Contains(':') && IPAddress.TryParse(text, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;

    [GeneratedRegex("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailLocalPart();

    // On Unix, Uri accepts "/path" as an absolute file URI; a URI proper starts with a scheme.
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex UriScheme();

    [GeneratedRegex("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex UuidPattern();
}
