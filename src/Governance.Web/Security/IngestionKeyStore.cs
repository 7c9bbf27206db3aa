using System.Security.Cryptography;
using System.Text;
using Governance.Web.Extensions;
using Governance.Web.Options;
using Microsoft.Extensions.Options;

namespace Governance.Web.Security;

/// <summary>
/// Holds the ingestion API key: the configured one, or a key generated once and kept in the data
/// folder so that a local run works without set-up. Only its hash stays in memory; it is never logged.
/// </summary>
public sealed class IngestionKeyStore
{
    /// <summary>File name of the generated key inside the data folder.</summary>
    public const string KeyFileName = "ingest-api-key";

    private readonly byte[] _keyHash;

    public IngestionKeyStore(IOptions<IngestionOptions> options, IConfiguration configuration, IHostEnvironment environment)
    {
        var key = options.Value.ApiKey;
        if (string.IsNullOrWhiteSpace(key))
        {
            var dataDirectory = StoragePaths.DataDirectory(configuration, environment);
            KeyFilePath = Path.Combine(dataDirectory, KeyFileName);
            key = LoadOrCreate(KeyFilePath);
        }

        _keyHash = Hash(key.Trim());
    }

    /// <summary>Where the generated key is kept; null when the key comes from configuration.</summary>
    public string? KeyFilePath { get; }

    /// <summary>Constant-time check of a presented key.</summary>
    public bool IsValid(string presented) =>
        CryptographicOperations.FixedTimeEquals(Hash(presented.Trim()), _keyHash);

    private static string LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path).Trim();
            if (existing.Length > 0)
            {
                return existing;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = "gov_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        File.WriteAllText(path, key + Environment.NewLine);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
