using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Model.OpenLineage.Validation;

namespace Governance.Model.Tests.Validation;

/// <summary>Hand-built events exercising the method and the leniency policy of <see cref="OpenLineageValidator"/>.</summary>
public class OpenLineageValidatorTests
{
    private const string RunEventUrl = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent";
    private const string RunId = "41fb5137-f0fd-4ee5-ba5c-56f8571d1bd7";
    private const string Producer = "https://github.com/OpenLineage/OpenLineage/blob/v1-0-0/client";

    private static readonly OpenLineageValidator Validator = OpenLineageValidator.Default;

    private static JsonObject RunEvent() => new()
    {
        ["eventType"] = "START",
        ["eventTime"] = "2024-05-01T10:00:00.123Z",
        ["producer"] = Producer,
        ["schemaURL"] = RunEventUrl,
        ["run"] = new JsonObject { ["runId"] = RunId },
        ["job"] = new JsonObject { ["namespace"] = "ns", ["name"] = "job" },
        ["inputs"] = new JsonArray(new JsonObject { ["namespace"] = "db", ["name"] = "in" }),
        ["outputs"] = new JsonArray(new JsonObject { ["namespace"] = "db", ["name"] = "out" }),
    };

    private static JsonObject Facet(string schemaUrl, JsonObject? body = null)
    {
        var facet = new JsonObject { ["_producer"] = Producer, ["_schemaURL"] = schemaUrl };
        foreach (var (key, value) in body ?? [])
        {
            facet[key] = value?.DeepClone();
        }

        return facet;
    }

    private static ValidationResult Validate(JsonNode evt) => Validator.Validate(evt.ToJsonString());

    private static ValidationIssue SingleError(ValidationResult result)
    {
        Assert.True(result.Errors.Count == 1, result.ToString());
        return result.Errors[0];
    }

    [Fact]
    public void Minimal_run_event_is_valid_without_warnings()
    {
        var result = Validate(RunEvent());

        Assert.True(result.IsValid, result.ToString());
        Assert.Empty(result.Warnings);
        Assert.Equal("RunEvent", result.EventSchema);
    }

    [Fact]
    public void JsonElement_and_string_overloads_agree()
    {
        var json = RunEvent();
        json["run"]!.AsObject().Remove("runId");
        using var document = JsonDocument.Parse(json.ToJsonString());

        var fromElement = Validator.Validate(document.RootElement);
        var fromString = Validator.Validate(json.ToJsonString());

        Assert.Equal(fromString.Errors, fromElement.Errors);
        Assert.Equal(fromString.Warnings, fromElement.Warnings);
    }

    [Theory]
    [InlineData("run", "runId", "$.run.runId", "Run")]
    [InlineData("job", "name", "$.job.name", "Job")]
    [InlineData("job", "namespace", "$.job.namespace", "Job")]
    public void Missing_core_required_property_is_an_error(string parent, string property, string path, string schema)
    {
        var evt = RunEvent();
        evt[parent]!.AsObject().Remove(property);

        var error = SingleError(Validate(evt));

        Assert.Equal(path, error.Path);
        Assert.Equal($"required property '{property}' is missing", error.Message);
        Assert.Equal(schema, error.Schema);
    }

    [Theory]
    [InlineData("eventTime")]
    [InlineData("producer")]
    [InlineData("run")]
    [InlineData("job")]
    public void Missing_top_level_required_property_is_an_error(string property)
    {
        var evt = RunEvent();
        evt.Remove(property);

        var result = Validate(evt);

        Assert.Contains(result.Errors, e => e.Path == "$." + property && e.Message == $"required property '{property}' is missing");
    }

    [Theory]
    [InlineData("inputs", 0, "name", "$.inputs[0].name")]
    [InlineData("outputs", 0, "namespace", "$.outputs[0].namespace")]
    public void Missing_dataset_identity_is_an_error(string side, int index, string property, string path)
    {
        var evt = RunEvent();
        evt[side]![index]!.AsObject().Remove(property);

        var error = SingleError(Validate(evt));

        Assert.Equal(path, error.Path);
        Assert.Equal("Dataset", error.Schema);
    }

    [Fact]
    public void Wrong_types_are_errors()
    {
        var evt = RunEvent();
        evt["run"]!["runId"] = 42;
        evt["job"]!["name"] = new JsonArray();
        evt["outputs"] = new JsonObject();

        var result = Validate(evt);

        Assert.Contains(result.Errors, e => e.Path == "$.run.runId" && e.Message == "expected string but found integer");
        Assert.Contains(result.Errors, e => e.Path == "$.job.name" && e.Message == "expected string but found array");
        Assert.Contains(result.Errors, e => e.Path == "$.outputs" && e.Message == "expected array but found object");
        Assert.Equal(3, result.Errors.Count);
    }

    [Fact]
    public void Null_object_reports_the_type_error_but_no_required_noise()
    {
        var evt = RunEvent();
        evt["run"] = null;

        var error = SingleError(Validate(evt));

        Assert.Equal("$.run", error.Path);
        Assert.Equal("expected object but found null", error.Message);
    }

    [Fact]
    public void Unknown_eventType_is_an_error()
    {
        var evt = RunEvent();
        evt["eventType"] = "DONE";

        var error = SingleError(Validate(evt));

        Assert.Equal("$.eventType", error.Path);
        Assert.StartsWith("\"DONE\" is not one of \"START\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_failures_are_warnings_only()
    {
        var evt = RunEvent();
        evt["eventTime"] = "2024-05-01T10:00:00";
        evt["producer"] = "my producer";
        evt["run"]!["runId"] = "run_id";

        var result = Validate(evt);

        Assert.True(result.IsValid, result.ToString());
        Assert.Contains(result.Warnings, w => w.Path == "$.eventTime" && w.Message.Contains("date-time", StringComparison.Ordinal) && w.Schema == "BaseEvent");
        Assert.Contains(result.Warnings, w => w.Path == "$.producer" && w.Message.Contains("uri", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Path == "$.run.runId" && w.Message.Contains("uuid", StringComparison.Ordinal) && w.Schema == "Run");
    }

    [Fact]
    public void Missing_schemaURL_is_a_warning()
    {
        var evt = RunEvent();
        evt.Remove("schemaURL");

        var result = Validate(evt);

        Assert.True(result.IsValid, result.ToString());
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("$.schemaURL", warning.Path);
        Assert.Equal("RunEvent", result.EventSchema);
    }

    [Fact]
    public void Custom_facet_only_needs_to_be_an_object_and_missing_base_fields_are_warnings()
    {
        var evt = RunEvent();
        evt["run"]!["facets"] = new JsonObject
        {
            ["myCustom"] = new JsonObject { ["anything"] = new JsonArray(1, "two") },
            ["spark.logicalPlan"] = new JsonObject { ["plan"] = "..." },
            ["fine"] = Facet("https://example.com/schemas/Fine.json", new JsonObject { ["x"] = 1 }),
        };

        var result = Validate(evt);

        Assert.True(result.IsValid, result.ToString());
        Assert.Contains(result.Warnings, w => w.Path == "$.run.facets.myCustom._producer" && w.Schema == "BaseFacet");
        Assert.Contains(result.Warnings, w => w.Path == "$.run.facets.myCustom._schemaURL");
        Assert.Contains(result.Warnings, w => w.Path == "$.run.facets['spark.logicalPlan']._producer");
        Assert.DoesNotContain(result.Warnings, w => w.Path.StartsWith("$.run.facets.fine", StringComparison.Ordinal));
    }

    [Fact]
    public void Facet_that_is_not_an_object_is_an_error()
    {
        var evt = RunEvent();
        evt["job"]!["facets"] = new JsonObject { ["custom"] = "just a string" };

        var error = SingleError(Validate(evt));

        Assert.Equal("$.job.facets.custom", error.Path);
        Assert.Equal("expected object but found string", error.Message);
    }

    [Fact]
    public void Spec_facet_is_validated_against_its_facet_schema()
    {
        var evt = RunEvent();
        evt["run"]!["facets"] = new JsonObject
        {
            ["parent"] = Facet(
                "https://openlineage.io/spec/facets/1-2-0/ParentRunFacet.json#/$defs/ParentRunFacet",
                new JsonObject { ["run"] = new JsonObject { ["runId"] = 7 }, ["job"] = new JsonObject { ["namespace"] = "ns" } }),
        };

        var result = Validate(evt);

        Assert.Contains(result.Errors, e => e.Path == "$.run.facets.parent.run.runId" && e.Message == "expected string but found integer" && e.Schema == "ParentRunFacet");
        Assert.Contains(result.Errors, e => e.Path == "$.run.facets.parent.job.name" && e.Message == "required property 'name' is missing");
        Assert.Equal(2, result.Errors.Count);
    }

    [Fact]
    public void Spec_facet_missing_base_fields_is_a_warning_too()
    {
        var evt = RunEvent();
        evt["run"]!["facets"] = new JsonObject { ["nominalTime"] = new JsonObject { ["nominalStartTime"] = "2024-05-01T00:00:00Z" } };

        var result = Validate(evt);

        Assert.True(result.IsValid, result.ToString());
        Assert.Contains(result.Warnings, w => w.Path == "$.run.facets.nominalTime._producer");
        Assert.Contains(result.Warnings, w => w.Path == "$.run.facets.nominalTime._schemaURL");
    }

    private static JsonObject EventWithInputDataQualityMetrics(string schemaUrl, JsonObject body)
    {
        var evt = RunEvent();
        evt["inputs"]![0]!["inputFacets"] = new JsonObject { ["dataQualityMetrics"] = Facet(schemaUrl, body) };
        return evt;
    }

    [Theory]
    [InlineData("https://openlineage.io/spec/facets/1-0-2/DataQualityMetricsInputDatasetFacet.json#/$defs/DataQualityMetricsInputDatasetFacet")]
    [InlineData("https://openlineage.io/spec/1-0-1/OpenLineage.json#/definitions/DataQualityMetricsInputDatasetFacet")]
    public void Legacy_facet_missing_a_newer_required_property_is_a_warning(string olderSchemaUrl)
    {
        var evt = EventWithInputDataQualityMetrics(olderSchemaUrl, new JsonObject { ["rowCount"] = 10, ["bytes"] = 100 });

        var result = Validate(evt);

        Assert.True(result.IsValid, result.ToString());
        Assert.Contains(result.Warnings, w => w.Path == "$.inputs[0].inputFacets.dataQualityMetrics.columnMetrics");
    }

    [Theory]
    [InlineData("https://openlineage.io/spec/facets/1-0-3/DataQualityMetricsInputDatasetFacet.json#/$defs/DataQualityMetricsInputDatasetFacet")]
    [InlineData("https://openlineage.io/spec/facets/1-1-0/DataQualityMetricsInputDatasetFacet.json#/$defs/DataQualityMetricsInputDatasetFacet")]
    [InlineData("https://example.com/my/DataQualityMetrics.json")]
    public void Current_newer_or_unversioned_facet_missing_a_required_property_is_an_error(string schemaUrl)
    {
        var evt = EventWithInputDataQualityMetrics(schemaUrl, new JsonObject { ["rowCount"] = 10 });

        var error = SingleError(Validate(evt));

        Assert.Equal("$.inputs[0].inputFacets.dataQualityMetrics.columnMetrics", error.Path);
        Assert.Equal("required property 'columnMetrics' is missing", error.Message);
    }

    [Fact]
    public void Legacy_facet_with_an_undeclared_property_is_an_error()
    {
        var evt = EventWithInputDataQualityMetrics(
            "https://openlineage.io/spec/facets/1-0-0/DataQualityMetricsInputDatasetFacet.json#/$defs/DataQualityMetricsInputDatasetFacet",
            new JsonObject { ["rowCont"] = 10 });

        var error = SingleError(Validate(evt));

        Assert.Equal("$.inputs[0].inputFacets.dataQualityMetrics.columnMetrics", error.Path);
        Assert.Contains("'rowCont'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Legacy_facet_type_errors_stay_errors()
    {
        var evt = EventWithInputDataQualityMetrics(
            "https://openlineage.io/spec/facets/1-0-0/DataQualityMetricsInputDatasetFacet.json#/$defs/DataQualityMetricsInputDatasetFacet",
            new JsonObject { ["rowCount"] = "ten" });

        var result = Validate(evt);

        var error = SingleError(result);
        Assert.Equal("$.inputs[0].inputFacets.dataQualityMetrics.rowCount", error.Path);
        Assert.Equal("expected integer but found string", error.Message);
        Assert.Contains(result.Warnings, w => w.Path.EndsWith(".columnMetrics", StringComparison.Ordinal));
    }

    [Fact]
    public void Integral_float_counts_as_integer()
    {
        var evt = RunEvent();
        evt["outputs"]![0]!["outputFacets"] = new JsonObject
        {
            ["outputStatistics"] = Facet(
                "https://openlineage.io/spec/facets/1-0-2/OutputStatisticsOutputDatasetFacet.json#/$defs/OutputStatisticsOutputDatasetFacet",
                new JsonObject { ["rowCount"] = JsonValue.Create(5.0), ["size"] = JsonNode.Parse("1e3") }),
        };

        var result = Validate(evt);

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void Deleted_facet_is_only_checked_against_the_base_facet()
    {
        var evt = RunEvent();
        evt["outputs"]![0]!["facets"] = new JsonObject
        {
            ["schema"] = Facet("https://openlineage.io/spec/facets/1-2-0/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet", new JsonObject { ["_deleted"] = true }),
        };

        var result = Validate(evt);

        Assert.True(result.IsValid, result.ToString());
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Facet_in_the_wrong_container_is_validated_against_the_spec_definition_with_a_warning()
    {
        var evt = RunEvent();
        evt["inputs"]![0]!["facets"] = new JsonObject
        {
            ["dataQualityAssertions"] = Facet(
                "https://openlineage.io/spec/facets/1-1-0/DataQualityAssertionsDatasetFacet.json#/$defs/DataQualityAssertionsDatasetFacet",
                new JsonObject { ["assertions"] = new JsonArray(new JsonObject { ["assertion"] = "not_null" }) }),
        };

        var result = Validate(evt);

        Assert.Contains(result.Warnings, w => w.Path == "$.inputs[0].facets.dataQualityAssertions" && w.Message.Contains("inputFacets", StringComparison.Ordinal));
        var error = SingleError(result);
        Assert.Equal("$.inputs[0].facets.dataQualityAssertions.assertions[0].success", error.Path);
    }

    [Fact]
    public void DependentRequired_is_enforced()
    {
        var evt = RunEvent();
        evt["job"]!["facets"] = new JsonObject
        {
            ["lineage"] = Facet(
                "https://openlineage.io/spec/facets/1-0-0/LineageFacet.json#/$defs/LineageJobFacet",
                new JsonObject { ["entries"] = new JsonArray(new JsonObject { ["namespace"] = "airflow://prod", ["type"] = "JOB" }) }),
        };

        var error = SingleError(Validate(evt));

        Assert.Equal("$.job.facets.lineage.entries[0]", error.Path);
        Assert.Contains("property 'namespace' requires 'name'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Const_discriminators_are_enforced()
    {
        var condition = new JsonObject
        {
            ["type"] = "compare",
            ["left"] = new JsonObject { ["type"] = "field", ["field"] = "first_name" },
            ["right"] = new JsonObject { ["type"] = "literal", ["value"] = "John" },
            ["comparison"] = "EQUAL",
        };
        var evt = RunEvent();
        evt["inputs"]![0]!["inputFacets"] = new JsonObject
        {
            ["subset"] = Facet(
                "https://openlineage.io/spec/facets/1-0-0/BaseSubsetDatasetFacet.json#/$defs/InputSubsetInputDatasetFacet",
                new JsonObject { ["inputCondition"] = condition }),
        };
        Assert.True(Validate(evt).IsValid, Validate(evt).ToString());

        evt["inputs"]![0]!["inputFacets"]!["subset"]!["inputCondition"]!["right"]!["type"] = "literally";

        var result = Validate(evt);
        var error = SingleError(result);
        Assert.Equal("$.inputs[0].inputFacets.subset.inputCondition", error.Path);
        Assert.Contains("oneOf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_type_is_chosen_by_schemaURL_before_shape()
    {
        var evt = RunEvent();
        evt["schemaURL"] = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobEvent";

        var result = Validate(evt);

        Assert.Equal("JobEvent", result.EventSchema);
        var error = SingleError(result);
        Assert.Equal("$", error.Path);
        Assert.Equal("must not have property 'run'", error.Message);
    }

    [Theory]
    [InlineData("https://openlineage.io/spec/1-0-5/OpenLineage.json#/definitions/RunEvent", "RunEvent")]
    [InlineData("https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetEvent", "DatasetEvent")]
    [InlineData("https://openlineage.io/spec/2-0-2/OpenLineage.json", "RunEvent")]
    [InlineData("not a url", "RunEvent")]
    public void SchemaURL_fragment_selects_the_definition(string schemaUrl, string expected)
    {
        var evt = RunEvent();
        evt["schemaURL"] = schemaUrl;

        Assert.Equal(expected, Validate(evt).EventSchema);
    }

    [Fact]
    public void Event_type_falls_back_on_shape()
    {
        var dataset = new JsonObject { ["eventTime"] = "2024-05-01T10:00:00Z", ["producer"] = Producer, ["dataset"] = new JsonObject { ["namespace"] = "db", ["name"] = "t" } };
        var job = new JsonObject { ["eventTime"] = "2024-05-01T10:00:00Z", ["producer"] = Producer, ["job"] = new JsonObject { ["namespace"] = "ns", ["name"] = "j" } };
        var nothing = new JsonObject { ["eventTime"] = "2024-05-01T10:00:00Z", ["producer"] = Producer };

        Assert.Equal("DatasetEvent", Validate(dataset).EventSchema);
        Assert.Equal("JobEvent", Validate(job).EventSchema);
        var result = Validate(nothing);
        Assert.Equal("JobEvent", result.EventSchema);
        Assert.Contains(result.Errors, e => e.Path == "$.job" && e.Message == "required property 'job' is missing");
    }

    [Fact]
    public void Dataset_event_is_validated_as_DatasetEvent()
    {
        var evt = new JsonObject
        {
            ["eventTime"] = "2024-05-01T10:00:00Z",
            ["producer"] = Producer,
            ["schemaURL"] = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetEvent",
            ["dataset"] = new JsonObject
            {
                ["namespace"] = "postgres://db:5432",
                ["name"] = "public.orders",
                ["facets"] = new JsonObject
                {
                    ["schema"] = Facet(
                        "https://openlineage.io/spec/facets/1-2-0/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet",
                        new JsonObject { ["fields"] = new JsonArray(new JsonObject { ["name"] = "id", ["type"] = "int" }) }),
                },
            },
        };
        Assert.True(Validate(evt).IsValid, Validate(evt).ToString());

        evt["dataset"]!.AsObject().Remove("name");
        evt["dataset"]!["facets"]!["schema"]!["fields"]![0]!.AsObject().Remove("name");
        var result = Validate(evt);

        Assert.Equal("DatasetEvent", result.EventSchema);
        Assert.Contains(result.Errors, e => e.Path == "$.dataset.name" && e.Schema == "Dataset");
        Assert.Contains(result.Errors, e => e.Path == "$.dataset.facets.schema.fields[0].name");
        Assert.Equal(2, result.Errors.Count);
    }

    [Fact]
    public void Dataset_event_must_not_carry_both_job_and_run()
    {
        var evt = RunEvent();
        evt["schemaURL"] = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetEvent";
        evt["dataset"] = new JsonObject { ["namespace"] = "db", ["name"] = "t" };

        var error = SingleError(Validate(evt));

        Assert.Equal("must not have all of the properties 'job', 'run'", error.Message);
    }

    [Fact]
    public void Job_event_is_validated_as_JobEvent()
    {
        var evt = new JsonObject
        {
            ["eventTime"] = "2024-05-01T10:00:00Z",
            ["producer"] = Producer,
            ["schemaURL"] = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobEvent",
            ["job"] = new JsonObject
            {
                ["namespace"] = "ns",
                ["name"] = "j",
                ["facets"] = new JsonObject { ["sql"] = Facet("https://openlineage.io/spec/facets/1-1-0/SQLJobFacet.json#/$defs/SQLJobFacet", new JsonObject { ["query"] = "select 1" }) },
            },
            ["inputs"] = new JsonArray(new JsonObject { ["namespace"] = "db", ["name"] = "a" }),
            ["outputs"] = new JsonArray(new JsonObject { ["namespace"] = "db", ["name"] = "b" }),
        };
        Assert.True(Validate(evt).IsValid, Validate(evt).ToString());

        evt["job"]!["facets"]!["sql"]!["query"] = 1;
        evt["job"]!.AsObject().Remove("namespace");
        var result = Validate(evt);

        Assert.Equal("JobEvent", result.EventSchema);
        Assert.Contains(result.Errors, e => e.Path == "$.job.namespace");
        Assert.Contains(result.Errors, e => e.Path == "$.job.facets.sql.query" && e.Schema == "SQLJobFacet");
        Assert.Equal(2, result.Errors.Count);
    }

    [Fact]
    public void Member_names_that_are_not_identifiers_use_bracket_paths()
    {
        var evt = RunEvent();
        evt["run"]!["facets"] = new JsonObject
        {
            ["it's.odd"] = new JsonObject { ["_producer"] = 1, ["_schemaURL"] = "https://x" },
            ["environment-properties"] = new JsonObject { ["_producer"] = Producer, ["_schemaURL"] = 2 },
        };

        var result = Validate(evt);

        Assert.Contains(result.Errors, e => e.Path == "$.run.facets['it\\'s.odd']._producer");
        Assert.Contains(result.Errors, e => e.Path == "$.run.facets['environment-properties']._schemaURL");
    }

    [Theory]
    [InlineData("[]", "expected an OpenLineage event object but found array")]
    [InlineData("42", "expected an OpenLineage event object but found number")]
    [InlineData("{\"eventTime\": ", "invalid JSON")]
    public void Non_object_input_is_a_single_root_error(string json, string message)
    {
        var result = Validator.Validate(json);

        var error = SingleError(result);
        Assert.Equal("$", error.Path);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Null(result.EventSchema);
    }

    [Fact]
    public void Deeply_nested_input_is_rejected_without_recursing_into_it()
    {
        var evt = RunEvent();
        JsonNode deep = new JsonObject();
        for (var i = 0; i < 200; i++)
        {
            deep = new JsonObject { ["d"] = deep };
        }

        evt["run"]!["facets"] = new JsonObject { ["deep"] = deep };
        using var document = JsonDocument.Parse(evt.ToJsonString(), new JsonDocumentOptions { MaxDepth = 1000 });

        var error = SingleError(Validator.Validate(document.RootElement));

        Assert.Equal("$", error.Path);
        Assert.Contains("nested deeper", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_JsonElement_is_an_error_not_an_exception()
    {
        var result = Validator.Validate(default(JsonElement));

        Assert.False(result.IsValid);
    }

    [Fact]
    public void Null_string_throws()
    {
        Assert.Throws<ArgumentNullException>(() => Validator.Validate((string)null!));
    }
}
