using Governance.Model.OpenLineage.Validation;

namespace Governance.Model.Tests.Validation;

/// <summary>
/// The validator against the conformance fixtures: every complete/ and marquez/ event is accepted, every invalid/
/// event is rejected with exactly one error, the one INDEX.md names as the reason.
/// </summary>
public class OpenLineageValidatorFixtureTests
{
    private static readonly OpenLineageValidator Validator = OpenLineageValidator.Default;

    /// <summary>complete/ files that fail the harness' strict (format) check or carry a legacy facet (INDEX.md); all
    /// other complete/ files must produce no warning at all.</summary>
    private static readonly HashSet<string> CompleteFilesWithWarnings =
    [
        "compat__simple_run_event.json",
        "fluentd-proxy__event_full.json",
        "python-client__serde_example_dataset_event.json",
        "python-client__serde_example_job_event.json",
        "python-client__serde_example_run_event.json",
        "spark-dataproc__compat-shakespeare__1729097613451.json",
        "spark-dataproc__compat-shakespeare__1729097631761.json",
        "spark__compat-CLL__5.json",
        "spark__compat-CLL__6.json",
        "spark__compat-CLL__7.json",
        "spark__compat-CLL__8.json",
    ];

    public static TheoryData<string, string, int> AcceptedEvents => OpenLineageFixtures.Events("complete", "marquez");

    public static TheoryData<string, string, int> InvalidEvents => OpenLineageFixtures.Events("invalid");

    [Fact]
    public void Fixture_counts_are_as_documented()
    {
        Assert.Equal(33, OpenLineageFixtures.Files("complete").Count());
        Assert.Equal(20, OpenLineageFixtures.Files("marquez").Count());
        Assert.Equal(6, OpenLineageFixtures.Files("invalid").Count());
    }

    [Theory]
    [MemberData(nameof(AcceptedEvents))]
    public void Complete_and_marquez_events_have_no_errors(string category, string file, int index)
    {
        var result = Validator.Validate(OpenLineageFixtures.Load(category, file, index));

        Assert.True(result.IsValid, result.ToString());
        Assert.Empty(result.Errors);
        if (category == "complete" && !CompleteFilesWithWarnings.Contains(file))
        {
            Assert.True(result.Warnings.Count == 0, result.ToString());
        }
    }

    [Theory]
    [InlineData("complete", "spark__compat-CLL__5.json", 0, "$.inputs[0].facets.dataSource.uri", "\"file\" is not a valid uri")]
    [InlineData("complete", "spark__compat-CLL__5.json", 0, "$.outputs[0].facets.dataSource.uri", "\"file\" is not a valid uri")]
    [InlineData("complete", "spark-dataproc__compat-shakespeare__1729097613451.json", 0, "$.inputs[0].facets.dataSource.uri", "\"bigquery\" is not a valid uri")]
    [InlineData("complete", "compat__simple_run_event.json", 0, "$.run.runId", "\"run_id\" is not a valid uuid")]
    [InlineData("complete", "compat__simple_run_event.json", 0, "$.producer", "\"producer\" is not a valid uri")]
    [InlineData("complete", "python-client__serde_example_run_event.json", 0, "$.eventTime", "is not a valid date-time")]
    [InlineData("complete", "python-client__serde_example_run_event.json", 0, "$.run.facets.nominalTime.nominalStartTime", "\"2020-01-01\" is not a valid date-time")]
    [InlineData("complete", "python-client__serde_example_job_event.json", 0, "$.eventTime", "is not a valid date-time")]
    [InlineData("complete", "fluentd-proxy__event_full.json", 0, "$.inputs[0].inputFacets.dataQualityMetrics.columnMetrics", "required property 'columnMetrics' is missing (tolerated")]
    [InlineData("marquez", "open_lineage__event_full.json", 0, "$.inputs[0].inputFacets.dataQualityMetrics.columnMetrics", "required property 'columnMetrics' is missing (tolerated")]
    [InlineData("marquez", "open_lineage__event_without_schema_url.json", 0, "$.schemaURL", "required property 'schemaURL' is missing")]
    [InlineData("marquez", "open_lineage__listener_1.json", 0, "$.schemaURL", "required property 'schemaURL' is missing")]
    [InlineData("marquez", "apples__1_pick_apples.json", 0, "$.schemaURL", "required property 'schemaURL' is missing")]
    [InlineData("marquez", "open_lineage__event_required_no_timezone.json", 0, "$.eventTime", "\"2020-12-28T19:51:01.641499\" is not a valid date-time")]
    [InlineData("marquez", "docker__metadata.template.json", 0, "$.eventTime", "\"{{RUN_START_TIME}}\" is not a valid date-time")]
    [InlineData("marquez", "open_lineage__event_additional_facet.json", 0, "$.job.facets.sourceCodeLocation.url", "\"string\" is not a valid uri")]
    public void Tolerated_problems_are_reported_as_warnings(string category, string file, int index, string path, string message)
    {
        var result = Validator.Validate(OpenLineageFixtures.Load(category, file, index));

        Assert.Empty(result.Errors);
        Assert.Contains(result.Warnings, w => w.Path == path && w.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Legacy_facet_warning_names_the_versions_and_schema()
    {
        var result = Validator.Validate(OpenLineageFixtures.Load("complete", "fluentd-proxy__event_full.json"));

        var warning = Assert.Single(result.Warnings, w => w.Path.EndsWith(".columnMetrics", StringComparison.Ordinal));
        Assert.Equal("DataQualityMetricsInputDatasetFacet", warning.Schema);
        Assert.Contains("1-0-1", warning.Message, StringComparison.Ordinal);
        Assert.Contains("1-0-3", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_invalid_fixture_is_covered_by_an_expectation()
    {
        var expected = ExpectedInvalid.Select(row => (string)row[0]).ToHashSet();
        Assert.Equal(OpenLineageFixtures.Files("invalid").ToHashSet(), expected);
    }

    public static TheoryData<string, string, string, string> ExpectedInvalid => new()
    {
        { "fluentd-proxy__event_no_run_id.json", "$.run.runId", "required property 'runId' is missing", "Run" },
        { "fluentd-proxy__event_invalid_run_facet.json", "$.run.facets.parent.run.runId", "required property 'runId' is missing", "ParentRunFacet" },
        { "fluentd-proxy__event_invalid_job_facet.json", "$.job.facets.ownership.owners[0].name", "required property 'name' is missing", "OwnershipJobFacet" },
        { "fluentd-proxy__event_invalid_dataset_facet.json", "$.outputs[0].facets.ownership.owners[0].name", "required property 'name' is missing", "OwnershipDatasetFacet" },
        { "fluentd-proxy__event_invalid_output_dataset_facet.json", "$.outputs[0].outputFacets.outputStatistics.rowCount", "expected integer but found string", "OutputStatisticsOutputDatasetFacet" },
        { "fluentd-proxy__event_invalid_input_dataset_facet.json", "$.inputs[0].inputFacets.dataQualityMetrics.columnMetrics", "required property 'columnMetrics' is missing", "DataQualityMetricsInputDatasetFacet" },
    };

    [Theory]
    [MemberData(nameof(InvalidEvents))]
    public void Invalid_events_are_rejected(string category, string file, int index)
    {
        var result = Validator.Validate(OpenLineageFixtures.Load(category, file, index));

        Assert.False(result.IsValid);
    }

    [Theory]
    [MemberData(nameof(ExpectedInvalid))]
    public void Invalid_events_are_rejected_for_the_documented_reason_only(string file, string path, string message, string schema)
    {
        var result = Validator.Validate(OpenLineageFixtures.Load("invalid", file));

        var error = Assert.Single(result.Errors);
        Assert.Equal(path, error.Path);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(schema, error.Schema);
        Assert.Equal("RunEvent", result.EventSchema);
    }

    [Fact]
    public void NoRowCount_legacy_facet_is_not_tolerated_and_the_error_says_why()
    {
        var result = Validator.Validate(OpenLineageFixtures.Load("invalid", "fluentd-proxy__event_invalid_input_dataset_facet.json"));

        var error = Assert.Single(result.Errors);
        Assert.Contains("'noRowCount'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Warnings, w => w.Path == error.Path);
    }
}
