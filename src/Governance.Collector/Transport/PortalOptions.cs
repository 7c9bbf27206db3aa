using System.ComponentModel.DataAnnotations;

namespace Governance.Collector.Transport;

/// <summary>The portal the HTTP transport delivers to (configuration section <c>Portal</c>).</summary>
/// <remarks>
/// <see cref="Url"/> and <see cref="ApiKey"/> are required only when <c>Transport:Type</c> is <c>Http</c>;
/// <see cref="PortalOptionsValidator"/> checks that. <see cref="ToString"/> never shows the key.
/// </remarks>
public sealed class PortalOptions
{
    /// <summary>The configuration section these options are bound to.</summary>
    public const string SectionName = "Portal";

    /// <summary>Base address of the portal, e.g. <c>https://governance.example.com/</c> (a path prefix is kept).</summary>
    [Url(ErrorMessage = "Portal:Url must be an absolute http or https URL.")]
    public string? Url { get; set; }

    /// <summary>The portal's ingestion API key, sent as <c>Authorization: Bearer</c>. A secret: never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Time allowed for one batch request, connect to answer (default 60 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Portal:RequestTimeout must be between 1 second and 10 minutes.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time allowed to open a connection (default 10 s); a store whose link is down fails fast.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Portal:ConnectTimeout must be between 1 second and 5 minutes.")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Request bodies larger than this many bytes are sent gzip-compressed (default 4096; 0 compresses everything).</summary>
    [Range(0, int.MaxValue, ErrorMessage = "Portal:CompressionThresholdBytes must not be negative.")]
    public int CompressionThresholdBytes { get; set; } = 4096;

    /// <summary>Shows the settings with the API key masked.</summary>
    public override string ToString() =>
        $"Url={Url}, ApiKey={(string.IsNullOrEmpty(ApiKey) ? "(none)" : "***")}, RequestTimeout={RequestTimeout}, "
        + $"ConnectTimeout={ConnectTimeout}, CompressionThresholdBytes={CompressionThresholdBytes}";
}
