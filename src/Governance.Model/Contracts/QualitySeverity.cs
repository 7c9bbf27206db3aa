namespace Governance.Model.Contracts;

/// <summary>How serious a failed quality rule is (ODCS <c>severity</c>).</summary>
public enum QualitySeverity
{
    /// <summary><c>info</c>.</summary>
    Info,

    /// <summary><c>warning</c>.</summary>
    Warning,

    /// <summary><c>error</c>.</summary>
    Error,
}
