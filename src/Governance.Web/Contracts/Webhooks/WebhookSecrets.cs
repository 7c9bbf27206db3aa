using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Governance.Web.Contracts.Webhooks;

/// <summary>Keeps subscription secrets encrypted at rest (ASP.NET Core Data Protection) and makes new ones.</summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Governance.Webhooks.Secret.v1");

    /// <summary>A new random secret (256 bits, URL-safe Base64).</summary>
    public static string Generate() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public string Protect(string secret) => _protector.Protect(secret);

    /// <summary>The secret in clear, or null when it cannot be decrypted (e.g. the key ring was lost).</summary>
    public string? TryUnprotect(string protectedSecret)
    {
        try
        {
            return _protector.Unprotect(protectedSecret);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
