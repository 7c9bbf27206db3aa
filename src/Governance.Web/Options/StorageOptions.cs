using System.ComponentModel.DataAnnotations;

namespace Governance.Web.Options;

/// <summary>Where the portal keeps local files: the SQLite database and the generated local API key (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Data folder, relative to the content root unless absolute.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";
}
