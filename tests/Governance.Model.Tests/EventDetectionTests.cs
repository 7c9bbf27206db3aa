using System.Text.Json;
using Governance.Model.OpenLineage;

namespace Governance.Model.Tests;

public class EventDetectionTests
{
    private const string RunParts = """ "run":{"runId":"r"},"job":{"namespace":"ns","name":"j"} """;
    private const string JobParts = """ "job":{"namespace":"ns","name":"j"} """;
    private const string DatasetParts = """ "dataset":{"namespace":"ns","name":"d"} """;

    [Theory]
    [InlineData("https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent", OpenLineageEventKind.Run)]
    [InlineData("https://openlineage.io/spec/1-0-5/OpenLineage.json#/definitions/RunEvent", OpenLineageEventKind.Run)]
    [InlineData("https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetEvent", OpenLineageEventKind.Dataset)]
    [InlineData("https://openlineage.io/spec/1-0-1/OpenLineage.json#/definitions/DatasetEvent", OpenLineageEventKind.Dataset)]
    [InlineData("https://openlineage.io/spec/2-0-0/OpenLineage.json#/$defs/JobEvent", OpenLineageEventKind.Job)]
    [InlineData("https://openlineage.io/spec/1-0-1/OpenLineage.json#/definitions/JobEvent", OpenLineageEventKind.Job)]
    public void Schema_url_names_the_event_type(string schemaUrl, OpenLineageEventKind expected)
    {
        Assert.Equal(expected, OpenLineageJson.KindFromSchemaUrl(schemaUrl));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("http://test.schema.url")]
    [InlineData("https://openlineage.io/spec/2-0-2/OpenLineage.json")]
    [InlineData("https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunFacet")]
    [InlineData("https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/runevent")]
    [InlineData("https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEventX")]
    public void Schema_url_without_an_event_type_names_none(string? schemaUrl)
    {
        Assert.Null(OpenLineageJson.KindFromSchemaUrl(schemaUrl));
    }

    [Fact]
    public void Schema_url_wins_over_shape()
    {
        // A job event that also carries a run: the declared type decides, the run is kept as an unknown property.
        var json = Event("https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobEvent", RunParts);

        var ev = Assert.IsType<JobEvent>(OpenLineageJson.ParseEvent(json));

        Assert.Equal("r", ev.AdditionalProperties!["run"].GetProperty("runId").GetString());
        JsonAssert.Equivalent(json, OpenLineageJson.Serialize(ev));
    }

    [Theory]
    [InlineData(RunParts, OpenLineageEventKind.Run)]
    [InlineData(RunParts + "," + DatasetParts, OpenLineageEventKind.Run)]
    [InlineData(DatasetParts, OpenLineageEventKind.Dataset)]
    [InlineData(JobParts, OpenLineageEventKind.Job)]
    [InlineData(JobParts + "," + DatasetParts, OpenLineageEventKind.Dataset)]
    public void Without_a_usable_schema_url_the_shape_decides(string parts, OpenLineageEventKind expected)
    {
        Assert.Equal(expected, OpenLineageJson.ParseEvent(Event(null, parts)).Kind);
        Assert.Equal(expected, OpenLineageJson.ParseEvent(Event("http://test.schema.url", parts)).Kind);
    }

    [Theory]
    [InlineData("[]", "$", "found an array")]
    [InlineData("\"event\"", "$", "found a string")]
    [InlineData("42", "$", "found a number")]
    [InlineData("{}", "$", "cannot determine the event type")]
    [InlineData("""{"eventTime":"t","producer":"p"}""", "$", "cannot determine the event type")]
    [InlineData("""{"producer":"p","run":{"runId":"r"},"job":{"namespace":"n","name":"j"}}""", "$.eventTime", "missing")]
    [InlineData("""{"eventTime":5,"producer":"p","run":{"runId":"r"},"job":{"namespace":"n","name":"j"}}""", "$.eventTime", "must be a string")]
    [InlineData("""{"eventTime":"t","run":{"runId":"r"},"job":{"namespace":"n","name":"j"}}""", "$.producer", "missing")]
    [InlineData("""{"eventTime":"t","producer":"p","schemaURL":1,"run":{"runId":"r"},"job":{"namespace":"n","name":"j"}}""", "$.schemaURL", "must be a string")]
    [InlineData("""{"eventTime":"t","producer":"p","eventType":true,"run":{"runId":"r"},"job":{"namespace":"n","name":"j"}}""", "$.eventType", "must be a string")]
    [InlineData("""{"eventTime":"t","producer":"p","run":[],"job":{"namespace":"n","name":"j"}}""", "$.run", "must be a JSON object")]
    [InlineData("""{"eventTime":"t","producer":"p","run":{},"job":{"namespace":"n","name":"j"}}""", "$.run.runId", "missing")]
    [InlineData("""{"eventTime":"t","producer":"p","run":{"runId":7},"job":{"namespace":"n","name":"j"}}""", "$.run.runId", "must be a string")]
    [InlineData("""{"eventTime":"t","producer":"p","run":{"runId":"r","facets":[]},"job":{"namespace":"n","name":"j"}}""", "$.run.facets", "must be a JSON object")]
    [InlineData("""{"eventTime":"t","producer":"p","run":{"runId":"r"}}""", "$.job", "missing")]
    [InlineData("""{"eventTime":"t","producer":"p","run":{"runId":"r"},"job":{"name":"j"}}""", "$.job.namespace", "missing")]
    [InlineData("""{"eventTime":"t","producer":"p","run":{"runId":"r"},"job":{"namespace":"n","name":null}}""", "$.job.name", "must be a string")]
    [InlineData("""{"eventTime":"t","producer":"p","run":{"runId":"r"},"job":{"namespace":"n","name":"j"},"inputs":{}}""", "$.inputs", "must be an array")]
    [InlineData("""{"eventTime":"t","producer":"p","run":{"runId":"r"},"job":{"namespace":"n","name":"j"},"inputs":[{"namespace":"n","name":"a"},{"namespace":"n"}]}""", "$.inputs[1].name", "missing")]
    [InlineData("""{"eventTime":"t","producer":"p","run":{"runId":"r"},"job":{"namespace":"n","name":"j"},"outputs":[1]}""", "$.outputs[0]", "must be a JSON object")]
    [InlineData("""{"eventTime":"t","producer":"p","run":{"runId":"r"},"job":{"namespace":"n","name":"j"},"outputs":[{"namespace":"n","name":"o","outputFacets":"x"}]}""", "$.outputs[0].outputFacets", "must be a JSON object")]
    [InlineData("""{"eventTime":"t","producer":"p","dataset":{"namespace":"n"}}""", "$.dataset.name", "missing")]
    [InlineData("""{"eventTime":"t","producer":"p","schemaURL":"x#/$defs/DatasetEvent","run":{"runId":"r"},"job":{"namespace":"n","name":"j"}}""", "$.dataset", "missing")]
    [InlineData("""{"eventTime":"t","producer":"p","schemaURL":"x#/$defs/RunEvent","job":{"namespace":"n","name":"j"}}""", "$.run", "missing")]
    public void Unshapeable_input_throws_with_the_json_path(string json, string path, string problem)
    {
        var ex = Assert.Throws<OpenLineageFormatException>(() => OpenLineageJson.ParseEvent(json));

        Assert.Equal(path, ex.Path);
        Assert.Contains(problem, ex.Problem, StringComparison.Ordinal);
        Assert.StartsWith(path + ": ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_shapes_inside_typed_facets_are_tolerated_not_thrown()
    {
        const string json = """{"eventTime":"t","producer":"p","run":{"runId":"r"},"job":{"namespace":"n","name":"j"},"outputs":[{"namespace":"n","name":"o","facets":{"schema":{"fields":{}}}}],"inputs":[{"namespace":"n","name":"i","inputFacets":{"dataQualityAssertions":{"assertions":[{"success":"yes"}]}}}]}""";

        var ev = Assert.IsType<RunEvent>(OpenLineageJson.ParseEvent(json));

        Assert.Contains(FacetKeys.Schema, ev.Outputs[0].Facets.MalformedFacets.Keys);
        Assert.Contains(FacetKeys.DataQualityAssertions, ev.Inputs[0].InputFacets.MalformedFacets.Keys);
        JsonAssert.Equivalent(json, OpenLineageJson.Serialize(ev));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"eventTime\":\"t\",}")]
    [InlineData("not json")]
    public void Invalid_json_text_throws_a_format_exception(string text)
    {
        var ex = Assert.Throws<OpenLineageFormatException>(() => OpenLineageJson.ParseEvent(text));

        Assert.Equal("$", ex.Path);
        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
    }

    [Fact]
    public void Detect_kind_rejects_non_objects()
    {
        using var document = JsonDocument.Parse("[{}]");

        var ex = Assert.Throws<OpenLineageFormatException>(() => OpenLineageJson.DetectKind(document.RootElement));

        Assert.Equal("$", ex.Path);
    }

    private static string Event(string? schemaUrl, string parts) =>
        schemaUrl is null
            ? $$"""{"eventTime":"2024-01-01T00:00:00Z","producer":"p",{{parts}}}"""
            : $$"""{"eventTime":"2024-01-01T00:00:00Z","producer":"p","schemaURL":"{{schemaUrl}}",{{parts}}}""";
}
