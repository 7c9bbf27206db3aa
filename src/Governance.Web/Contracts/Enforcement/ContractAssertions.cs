using System.Globalization;
using Governance.Model.OpenLineage;

namespace Governance.Web.Contracts.Enforcement;

/// <summary>
/// A contract's enforcement results as OpenLineage, so any OpenLineage consumer can read them: a
/// COMPLETE RunEvent of the job <see cref="JobName"/> whose input is the governed dataset, carrying a
/// <c>dataQualityAssertions</c> input facet with one assertion per rule checked (the rule key, whether
/// it held, the column for field rules). <c>dataQualityAssertions</c> is an input dataset facet in the
/// spec, hence a run that reads the dataset rather than a DatasetEvent.
/// </summary>
internal static class ContractAssertions
{
    /// <summary>Namespace of the enforcement job.</summary>
    public const string JobNamespace = "governance";

    /// <summary>Name of the enforcement job.</summary>
    public const string JobName = "governance.contract-enforcement";

    /// <summary>The producer URI of events the portal itself writes.</summary>
    public static readonly string Producer =
        $"urn:governance:portal:{typeof(ContractAssertions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"}";

    public static RunEvent Build(string datasetNamespace, string datasetName, IReadOnlyList<RuleOutcome> outcomes, DateTime now)
    {
        var input = new InputDataset { Namespace = datasetNamespace, Name = datasetName };
        input.InputFacets.DataQualityAssertions = new DataQualityAssertionsDatasetFacet
        {
            Producer = Producer,
            SchemaUrl = FacetSchemaUrls.For("DataQualityAssertionsDatasetFacet"),
            Assertions = outcomes.OrderBy(o => o.RuleKey, StringComparer.Ordinal).Select(Assertion).ToList(),
        };
        return new RunEvent
        {
            EventType = EventTypes.Complete,
            EventTime = now.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            Producer = Producer,
            SchemaUrl = FacetSchemaUrls.RunEvent,
            Run = new Run { RunId = Guid.CreateVersion7(new DateTimeOffset(now, TimeSpan.Zero)).ToString() },
            Job = new Job { Namespace = JobNamespace, Name = JobName },
            Inputs = [input],
        };
    }

    private static DataQualityAssertion Assertion(RuleOutcome outcome) => new()
    {
        Assertion = outcome.RuleKey,
        Success = outcome.Kept,
        Column = Column(outcome.RuleKey),
        Severity = outcome.Severity == ViolationSeverities.Warning || outcome.Severity == ViolationSeverities.Info ? "warn" : "error",
        Name = outcome.Kind,
        Description = outcome.Message,
    };

    /// <summary>The field a field rule is about (<c>field.required:email</c>, <c>classification:customer.email</c>).</summary>
    private static string? Column(string ruleKey)
    {
        foreach (var prefix in new[] { "field.required:", "field.type:", ClassificationRules.KeyPrefix })
        {
            if (ruleKey.StartsWith(prefix, StringComparison.Ordinal))
            {
                return ruleKey[prefix.Length..];
            }
        }

        return null;
    }
}
