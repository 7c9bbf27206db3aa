namespace Governance.Model.OpenLineage.Validation;

/// <summary>Collects issues in discovery order, dropping exact duplicates (same path and message).</summary>
internal sealed class IssueSink
{
    private readonly HashSet<(string, string)> _seenErrors = [];
    private readonly HashSet<(string, string)> _seenWarnings = [];

    public List<ValidationIssue> Errors { get; } = [];

    public List<ValidationIssue> Warnings { get; } = [];

    public void Error(ValidationIssue issue)
    {
        if (_seenErrors.Add((issue.Path, issue.Message)))
        {
            Errors.Add(issue);
        }
    }

    public void Warning(ValidationIssue issue)
    {
        if (_seenWarnings.Add((issue.Path, issue.Message)))
        {
            Warnings.Add(issue);
        }
    }

    public void AddWarnings(IssueSink other)
    {
        foreach (var warning in other.Warnings)
        {
            Warning(warning);
        }
    }
}
