namespace Governance.Model.Contracts.Odcs;

/// <summary>How the model's enumerations are spelled in ODCS documents.</summary>
internal static class OdcsNames
{
    public static string LogicalType(FieldLogicalType type) => type switch
    {
        FieldLogicalType.String => "string",
        FieldLogicalType.Date => "date",
        FieldLogicalType.Timestamp => "timestamp",
        FieldLogicalType.Time => "time",
        FieldLogicalType.Number => "number",
        FieldLogicalType.Integer => "integer",
        FieldLogicalType.Object => "object",
        FieldLogicalType.Array => "array",
        FieldLogicalType.Boolean => "boolean",
        _ => ((int)type).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static FieldLogicalType? ParseLogicalType(string text) =>
        Enum.GetValues<FieldLogicalType>().Select(t => (FieldLogicalType?)t).FirstOrDefault(t => LogicalType(t!.Value) == text);

    public static string Classification(FieldClassification classification) => classification switch
    {
        FieldClassification.Public => "public",
        FieldClassification.Confidential => "confidential",
        FieldClassification.Pii => "pii",
        FieldClassification.Pci => "pci",
        _ => throw new ArgumentOutOfRangeException(nameof(classification), classification, "unknown classification"),
    };

    public static FieldClassification? ParseClassification(string text) =>
        Enum.GetValues<FieldClassification>().Select(c => (FieldClassification?)c)
            .FirstOrDefault(c => string.Equals(Classification(c!.Value), text.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Severity(QualitySeverity severity) => severity switch
    {
        QualitySeverity.Info => "info",
        QualitySeverity.Warning => "warning",
        QualitySeverity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "unknown severity"),
    };

    public static QualitySeverity? ParseSeverity(string text) =>
        Enum.GetValues<QualitySeverity>().Select(s => (QualitySeverity?)s)
            .FirstOrDefault(s => string.Equals(Severity(s!.Value), text.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Status(ContractStatus status) => status switch
    {
        ContractStatus.Draft => "draft",
        ContractStatus.Active => "active",
        ContractStatus.Deprecated => "deprecated",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown status"),
    };

    /// <summary>
    /// ODCS leaves <c>status</c> free text; the standard's examples use <c>proposed</c>, <c>draft</c>, <c>active</c>,
    /// <c>deprecated</c> and <c>retired</c>, and published contracts also use <c>development</c> and <c>production</c>.
    /// Those naming a stage of our lifecycle are read as it; <c>retired</c> (no longer served) has no counterpart.
    /// </summary>
    public static ContractStatus? ParseStatus(string text) => text.Trim().ToLowerInvariant() switch
    {
        "draft" or "proposed" or "development" or "in development" or "dev" => ContractStatus.Draft,
        "active" or "production" or "prod" or "released" => ContractStatus.Active,
        "deprecated" => ContractStatus.Deprecated,
        _ => null,
    };
}
