using System.Text;
using System.Text.Json;
using Governance.Model.OpenLineage;

namespace Governance.Model.Tests;

public class RoundTripTests
{
    public static TheoryData<string, string, int> FixtureEvents()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (folder, file, index) in Fixtures.Events(Fixtures.Complete, Fixtures.Marquez))
        {
            data.Add(folder, file, index);
        }

        return data;
    }

    [Fact]
    public void All_fixture_files_are_present()
    {
        // Guards the theories below against silently running on a partial fixture set.
        Assert.Equal(33, Fixtures.Files(Fixtures.Complete).Length);
        Assert.Equal(20, Fixtures.Files(Fixtures.Marquez).Length);
        Assert.Equal(33 + 19 + 26, Fixtures.Events(Fixtures.Complete, Fixtures.Marquez).Count());
    }

    [Theory]
    [MemberData(nameof(FixtureEvents))]
    public void Fixture_event_parses_to_the_right_type_and_serialises_to_an_equal_document(string folder, string file, int index)
    {
        var source = Fixtures.EventJson(folder, file, index);

        var parsed = OpenLineageJson.ParseEvent(source);

        Assert.Equal(ExpectedKind(file), parsed.Kind);
        Assert.Equal(ExpectedKind(file), parsed switch
        {
            RunEvent => OpenLineageEventKind.Run,
            DatasetEvent => OpenLineageEventKind.Dataset,
            JobEvent => OpenLineageEventKind.Job,
            _ => throw new InvalidOperationException(parsed.GetType().Name),
        });
        var written = OpenLineageJson.Serialize(parsed);
        JsonAssert.Equivalent(source, written);
        // A second pass must be stable too (no drift from presence tracking).
        JsonAssert.Equivalent(source, OpenLineageJson.Serialize(OpenLineageJson.ParseEvent(written)));
    }

    [Theory]
    [MemberData(nameof(FixtureEvents))]
    public void Fixture_event_round_trips_through_utf8_and_json_element_apis(string folder, string file, int index)
    {
        var source = Fixtures.EventJson(folder, file, index);

        var fromBytes = OpenLineageJson.ParseEvent(Encoding.UTF8.GetBytes(source).AsMemory());
        JsonAssert.Equivalent(source, Encoding.UTF8.GetString(OpenLineageJson.SerializeToUtf8Bytes(fromBytes)));

        OpenLineageEvent fromElement;
        using (var document = JsonDocument.Parse(source))
        {
            fromElement = OpenLineageJson.ParseEvent(document.RootElement);
        }

        // The document is disposed: the event must not depend on it.
        JsonAssert.Equivalent(source, OpenLineageJson.SerializeToElement(fromElement).GetRawText());
    }

    [Theory]
    [InlineData("fluentd-proxy__event_invalid_dataset_facet.json")]
    [InlineData("fluentd-proxy__event_invalid_input_dataset_facet.json")]
    [InlineData("fluentd-proxy__event_invalid_job_facet.json")]
    [InlineData("fluentd-proxy__event_invalid_output_dataset_facet.json")]
    [InlineData("fluentd-proxy__event_invalid_run_facet.json")]
    public void Facet_level_invalid_events_still_parse_losslessly(string file)
    {
        // Facet conformance is the validator's job; the model must still carry these events unchanged.
        var source = Fixtures.ReadText(Fixtures.Invalid, file);

        var parsed = Assert.IsType<RunEvent>(OpenLineageJson.ParseEvent(source));

        JsonAssert.Equivalent(source, OpenLineageJson.Serialize(parsed));
    }

    [Fact]
    public void Event_without_run_id_is_rejected_with_its_path()
    {
        var source = Fixtures.ReadText(Fixtures.Invalid, "fluentd-proxy__event_no_run_id.json");

        var ex = Assert.Throws<OpenLineageFormatException>(() => OpenLineageJson.ParseEvent(source));

        Assert.Equal("$.run.runId", ex.Path);
    }

    [Fact]
    public void Serialising_with_the_base_type_writes_the_concrete_event()
    {
        var parsed = OpenLineageJson.ParseEvent(Fixtures.ReadText(Fixtures.Complete, "spark__compat-CLL__8.json"));

        var written = JsonSerializer.Serialize<OpenLineageEvent>(parsed, OpenLineageJson.Options);

        JsonAssert.Equivalent(Fixtures.ReadText(Fixtures.Complete, "spark__compat-CLL__8.json"), written);
    }

    private static OpenLineageEventKind ExpectedKind(string file) =>
        file.Contains("dataset_event", StringComparison.Ordinal) ? OpenLineageEventKind.Dataset
        : file.Contains("job_event", StringComparison.Ordinal) ? OpenLineageEventKind.Job
        : OpenLineageEventKind.Run;
}
