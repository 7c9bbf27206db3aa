using System.Security.Cryptography;
using System.Text;

namespace Governance.Web.Contracts.Webhooks;

/// <summary>
/// Signs webhook bodies the way GitHub and Stripe do, so receivers can use familiar code: an
/// HMAC-SHA256 over <c>{timestamp}.{body}</c> with the subscription's secret, sent as
/// <c>X-Governance-Signature: sha256=&lt;hex&gt;</c> next to <c>X-Governance-Timestamp</c> (Unix
/// seconds). Signing the timestamp lets a receiver reject replays of old deliveries.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Governance-Signature";
    public const string TimestampHeader = "X-Governance-Timestamp";
    public const string EventHeader = "X-Governance-Event";
    public const string DeliveryHeader = "X-Governance-Delivery";

    /// <summary>The header value (<c>sha256=&lt;lower-case hex&gt;</c>) for a body sent at <paramref name="timestamp"/>.</summary>
    public static string Sign(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }

    /// <summary>Whether <paramref name="signature"/> is the right one, compared in constant time.</summary>
    public static bool Verify(string secret, long timestamp, string body, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));
}
