using System.ComponentModel.DataAnnotations;

namespace Governance.Web.Options;

/// <summary>OpenLineage ingestion settings (section <c>Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>
    /// API key that producers send as <c>Authorization: Bearer &lt;key&gt;</c>. When empty, a key is
    /// generated once and kept in <c>{DataDirectory}/ingest-api-key</c>.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Largest accepted request body in bytes, after gzip decompression (default 5 MB).</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Most events accepted in one batch request.</summary>
    [Range(1, 100_000)]
    public int MaxBatchSize { get; set; } = 1000;
}
