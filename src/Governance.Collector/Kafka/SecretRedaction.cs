using System.Text.RegularExpressions;

namespace Governance.Collector.Kafka;

/// <summary>
/// Keeps secrets out of logs and snapshots. A setting is secret when its key contains
/// <c>password</c>, <c>secret</c>, <c>jaas</c>, <c>credential</c>, <c>token</c> or <c>api.key</c>/<c>apikey</c>,
/// or starts with <c>sasl.oauthbearer.</c> (case-insensitive). URLs keep their shape but lose
/// user-info passwords and <c>password=</c> query values.
/// </summary>
public static partial class SecretRedaction
{
    /// <summary>What a secret value is replaced with.</summary>
    public const string Redacted = "[redacted]";

    private static readonly string[] SecretKeyParts = ["password", "secret", "jaas", "credential", "token", "api.key", "apikey", "private.key"];

    /// <summary>True when a setting with this key holds a secret.</summary>
    public static bool IsSecretKey(string key) =>
        key.StartsWith("sasl.oauthbearer.", StringComparison.OrdinalIgnoreCase)
        || SecretKeyParts.Any(part => key.Contains(part, StringComparison.OrdinalIgnoreCase));

    /// <summary>The value to show for a setting: <see cref="Redacted"/> for secrets, URL-scrubbed otherwise.</summary>
    public static string RedactValue(string key, string? value) =>
        value is null ? "" : IsSecretKey(key) ? Redacted : RedactUrlSecrets(value);

    /// <summary>A copy of the settings with secret values replaced.</summary>
    public static IReadOnlyDictionary<string, string> Redact(IEnumerable<KeyValuePair<string, string>> settings) =>
        settings.ToDictionary(kv => kv.Key, kv => RedactValue(kv.Key, kv.Value), StringComparer.Ordinal);

    /// <summary>Replaces every occurrence of the secret values of <paramref name="settings"/> in a text (e.g. a native error message).</summary>
    public static string Scrub(string text, IEnumerable<KeyValuePair<string, string>> settings)
    {
        foreach (var (key, value) in settings)
        {
            if (IsSecretKey(key) && !string.IsNullOrEmpty(value) && value.Length >= 3)
            {
                text = text.Replace(value, Redacted, StringComparison.Ordinal);
            }
        }

        return RedactUrlSecrets(text);
    }

    /// <summary>Removes passwords from <c>scheme://user:password@host</c> and <c>password=...</c> / <c>secret=...</c> parameters.</summary>
    public static string RedactUrlSecrets(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        text = UserInfoPassword().Replace(text, m => $"{m.Groups["pre"].Value}{Redacted}@");
        return PasswordParameter().Replace(text, m => $"{m.Groups["key"].Value}={Redacted}");
    }

    [GeneratedRegex(@"(?<pre>[A-Za-z][A-Za-z0-9+.-]*://[^:/@\s]*:)[^@/\s]*@")]
    private static partial Regex UserInfoPassword();

    [GeneratedRegex(@"(?<key>(?:password|passwd|pwd|secret|token)[A-Za-z_.-]*)=[^&;\s]*", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordParameter();
}
