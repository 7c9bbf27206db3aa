namespace Governance.Web.Contracts.Enforcement;

/// <summary>
/// The result of checking one rule of a contract once. Only rules that were actually checked
/// produce outcomes: a rule a partial scan could not check says nothing, so its violation stays as it was.
/// </summary>
/// <param name="RuleKey">Stable identity of the rule across checks (e.g. <c>sla.lag:pos-loader</c>).</param>
/// <param name="Kind">The kind of check (see <see cref="ViolationKinds"/>).</param>
/// <param name="Severity">INFO, WARNING, ERROR or CRITICAL.</param>
/// <param name="Kept">Whether the rule held.</param>
/// <param name="Message">What was found, readable by the owning team.</param>
/// <param name="Evidence">What the check saw (serialised as JSON): scan, schema version, record offset, measured values.</param>
public sealed record RuleOutcome(string RuleKey, string Kind, string Severity, bool Kept, string Message, object? Evidence);

/// <summary>The kinds of checks enforcement runs.</summary>
public static class ViolationKinds
{
    public const string Compatibility = "COMPATIBILITY";
    public const string CompatibilityLevel = "COMPATIBILITY_LEVEL";
    public const string FieldRule = "FIELD_RULE";
    public const string Classification = "CLASSIFICATION";
    public const string Quality = "QUALITY";
    public const string RecordConformance = "RECORD_CONFORMANCE";
    public const string LagSla = "SLA_LAG";
    public const string FreshnessSla = "SLA_FRESHNESS";
    public const string DeadLetter = "DEAD_LETTER";
}

/// <summary>Severities, from least to most urgent.</summary>
public static class ViolationSeverities
{
    public const string Info = "INFO";
    public const string Warning = "WARNING";
    public const string Error = "ERROR";
    public const string Critical = "CRITICAL";
}
