namespace Governance.Web.Components.Shared.Checks;

/// <summary>What the check form edits; the page owns it and turns it into a request.</summary>
public sealed class SchemaCheckInput
{
    /// <summary>The schema types the form offers.</summary>
    public static readonly IReadOnlyList<string> SchemaTypes = ["AVRO", "JSON", "PROTOBUF"];

    public string? Namespace { get; set; }
    public string? Subject { get; set; }
    public string SchemaType { get; set; } = "AVRO";
    public string? Schema { get; set; }
}
