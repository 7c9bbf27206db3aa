namespace Governance.Web.Data.Entities;

/// <summary>A team's request to be told about violations by an HMAC-signed HTTP POST.</summary>
public sealed class WebhookSubscription
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Url { get; set; }

    /// <summary>The signing secret, encrypted with ASP.NET Core Data Protection (never stored or logged in clear).</summary>
    public required string ProtectedSecret { get; set; }

    /// <summary>Only violations of contracts whose dataset namespace equals this (null: any).</summary>
    public string? DatasetNamespace { get; set; }

    /// <summary>Only violations of contracts owned by this owner (null: any).</summary>
    public string? Owner { get; set; }
    public bool Enabled { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
