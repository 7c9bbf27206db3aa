using Governance.Web.Options;

namespace Governance.Web.Extensions;

internal static class StoragePaths
{
    /// <summary>The absolute data folder from <c>Storage:DataDirectory</c> (relative paths start at the content root).</summary>
    public static string DataDirectory(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[$"{StorageOptions.SectionName}:{nameof(StorageOptions.DataDirectory)}"];
        var folder = string.IsNullOrWhiteSpace(configured) ? new StorageOptions().DataDirectory : configured;
        return Path.GetFullPath(Path.Combine(environment.ContentRootPath, folder));
    }
}
