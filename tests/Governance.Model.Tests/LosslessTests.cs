using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Model.OpenLineage;

namespace Governance.Model.Tests;

/// <summary>Presence tracking, explicit nulls, unknown properties and lenient facets.</summary>
public class LosslessTests
{
    private const string Minimal = """
        {"eventTime":"2024-01-01T00:00:00Z","producer":"p","schemaURL":"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
         "run":{"runId":"3f5e83fa-3480-44ff-99c5-ff943904e5e8"},"job":{"namespace":"ns","name":"job"}}
        """;

    [Fact]
    public void Absent_collections_and_facets_are_empty_but_not_written()
    {
        var ev = Assert.IsType<RunEvent>(OpenLineageJson.ParseEvent(Minimal));

        Assert.Empty(ev.Inputs);
        Assert.Empty(ev.Outputs);
        Assert.True(ev.Run.Facets.IsEmpty);
        Assert.Null(ev.Run.Facets.Parent);
        var written = JsonNode.Parse(OpenLineageJson.Serialize(ev))!.AsObject();
        Assert.Equal(["eventTime", "producer", "schemaURL", "run", "job"], written.Select(p => p.Key));
        Assert.Equal(["runId"], written["run"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["namespace", "name"], written["job"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Empty_collections_and_facets_present_in_the_source_are_written_back()
    {
        const string json = """
            {"eventTime":"t","producer":"p","run":{"runId":"r","facets":{}},"job":{"namespace":"ns","name":"j","facets":{}},
             "inputs":[{"namespace":"n","name":"i","facets":{},"inputFacets":{}}],"outputs":[]}
            """;

        JsonAssert.Equivalent(json, OpenLineageJson.Serialize(OpenLineageJson.ParseEvent(json)));
    }

    [Fact]
    public void Explicit_null_in_a_typed_facet_property_survives()
    {
        const string json = """
            {"eventTime":"t","producer":"p","run":{"runId":"r","facets":{"nominalTime":{"_producer":"p","_schemaURL":"s",
             "nominalStartTime":"2020-12-17T03:00:00.001Z","nominalEndTime":null}}},"job":{"namespace":"ns","name":"j"}}
            """;

        var ev = Assert.IsType<RunEvent>(OpenLineageJson.ParseEvent(json));

        var nominal = ev.Run.Facets.NominalTime;
        Assert.NotNull(nominal);
        Assert.Null(nominal.NominalEndTime);
        Assert.False(nominal.TryGetNominalEndTime(out _));
        var written = OpenLineageJson.Serialize(ev);
        JsonAssert.Equivalent(json, written);
        Assert.Contains("\"nominalEndTime\":null", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_nulls_at_event_level_survive_and_collections_stay_non_null()
    {
        const string json = """
            {"eventTime":"t","producer":"p","schemaURL":null,"eventType":null,"run":{"runId":"r","facets":null},
             "job":{"namespace":"ns","name":"j","facets":null},"inputs":null,"outputs":[{"namespace":"n","name":"o","outputFacets":null}]}
            """;

        var ev = Assert.IsType<RunEvent>(OpenLineageJson.ParseEvent(json));

        Assert.NotNull(ev.Inputs);
        Assert.Empty(ev.Inputs);
        Assert.NotNull(ev.Run.Facets);
        Assert.NotNull(ev.Outputs[0].OutputFacets);
        JsonAssert.Equivalent(json, OpenLineageJson.Serialize(ev));
    }

    [Fact]
    public void Null_becomes_a_value_when_the_caller_sets_one()
    {
        const string json = """{"eventTime":"t","producer":"p","run":{"runId":"r"},"job":{"namespace":"ns","name":"j"},"inputs":null}""";
        var ev = Assert.IsType<RunEvent>(OpenLineageJson.ParseEvent(json));

        ev.Inputs.Add(new InputDataset { Namespace = "kafka://b:9092", Name = "orders" });

        var inputs = JsonNode.Parse(OpenLineageJson.Serialize(ev))!["inputs"]!.AsArray();
        Assert.Equal("orders", Assert.Single(inputs)!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Unknown_properties_survive_at_every_level()
    {
        const string json = """
            {"eventTime":"t","producer":"p","x-top":{"a":[1,2.50,"3"]},
             "run":{"runId":"r","x-run":1,"facets":{"parent":{"_producer":"p","_schemaURL":"s","x-facet":true,
               "run":{"runId":"r0","x-parent-run":null},"job":{"namespace":"n","name":"j0","x-parent-job":"v"},
               "root":{"run":{"runId":"r1"},"job":{"namespace":"n","name":"root"},"x-root":0}}}},
             "job":{"namespace":"ns","name":"j","x-job":"v"},
             "outputs":[{"namespace":"n","name":"o","x-dataset":{},
               "facets":{"schema":{"_producer":"p","_schemaURL":"s","_deleted":false,"x-schema":1,
                 "fields":[{"name":"s","type":"struct","x-field":1,"ordinal_position":1,
                   "fields":[{"name":"inner","type":"int","description":"d","x-nested":[]}]}]},
                 "columnLineage":{"_producer":"p","_schemaURL":"s","fields":{"c":{"inputFields":[{"namespace":"n","name":"i","field":"f",
                   "x-input-field":1,"transformations":[{"type":"DIRECT","subtype":"IDENTITY","masking":true,"x-t":"t"}]}],"x-cl-field":2}},
                   "dataset":[{"namespace":"n","name":"i","field":"g"}]}}}]}
            """;

        var ev = Assert.IsType<RunEvent>(OpenLineageJson.ParseEvent(json));

        JsonAssert.Equivalent(json, OpenLineageJson.Serialize(ev));
        Assert.Equal(3, ev.AdditionalProperties!["x-top"].GetProperty("a").GetArrayLength());
        var schema = ev.Outputs[0].Facets.Schema!;
        Assert.False(schema.Deleted);
        Assert.Equal(1, schema.Fields[0].OrdinalPosition);
        Assert.Equal(("inner", "int", "d"), (schema.Fields[0].Fields[0].Name, schema.Fields[0].Fields[0].Type, schema.Fields[0].Fields[0].Description));
        Assert.True(schema.Fields[0].Fields[0].AdditionalProperties!.ContainsKey("x-nested"));
        Assert.Equal("root", ev.Run.Facets.Parent!.Root!.Job!.Name);
        Assert.True(ev.Outputs[0].Facets.ColumnLineage!.Fields["c"].InputFields[0].Transformations[0].Masking);
        Assert.Equal("g", ev.Outputs[0].Facets.ColumnLineage!.Dataset[0].Field);
    }

    [Fact]
    public void Typed_facet_with_a_wrong_shape_is_kept_raw_and_reported()
    {
        const string json = """
            {"eventTime":"t","producer":"p","run":{"runId":"r","facets":{"parent":"not an object","nominalTime":null}},
             "job":{"namespace":"ns","name":"j"},
             "inputs":[{"namespace":"n","name":"i","facets":{
               "schema":{"_producer":"p","_schemaURL":"s","fields":[{"name":"a","ordinal_position":"first"}]},
               "dataSource":{"_producer":"p","_schemaURL":"s","name":"ok"}}}]}
            """;

        var ev = Assert.IsType<RunEvent>(OpenLineageJson.ParseEvent(json));

        var facets = ev.Inputs[0].Facets;
        Assert.Null(facets.Schema);
        Assert.Equal([FacetKeys.Schema], facets.MalformedFacets.Keys);
        Assert.Equal(JsonValueKind.Object, facets.AdditionalFacets[FacetKeys.Schema].ValueKind);
        Assert.Equal("ok", facets.DataSource!.Name);
        Assert.Null(ev.Run.Facets.Parent);
        Assert.Null(ev.Run.Facets.NominalTime);
        Assert.Equal([FacetKeys.Parent], ev.Run.Facets.MalformedFacets.Keys);
        Assert.True(ev.Run.Facets.ContainsKey(FacetKeys.NominalTime));
        JsonAssert.Equivalent(json, OpenLineageJson.Serialize(ev));
    }

    [Fact]
    public void Changes_to_typed_facets_are_written()
    {
        var ev = Fixtures.Parse<RunEvent>(Fixtures.Complete, "spark__compat-CLL__8.json");

        ev.Outputs[0].Facets.Schema!.Fields.Add(new SchemaDatasetFacetField { Name = "added", Type = "string" });
        ev.Inputs[0].Facets.Symlinks = null;
        ev.Run.Facets.ErrorMessage = new ErrorMessageRunFacet { Producer = "p", SchemaUrl = "s", Message = "boom", ProgrammingLanguage = "JAVA" };

        var written = JsonNode.Parse(OpenLineageJson.Serialize(ev))!;
        Assert.Equal("added", written["outputs"]![0]!["facets"]!["schema"]!["fields"]![3]!["name"]!.GetValue<string>());
        Assert.False(written["inputs"]![0]!["facets"]!.AsObject().ContainsKey("symlinks"));
        Assert.Equal("boom", written["run"]!["facets"]!["errorMessage"]!["message"]!.GetValue<string>());
        Assert.Null(written["run"]!["facets"]!["errorMessage"]!["stackTrace"]);
        Assert.False(written["run"]!["facets"]!["errorMessage"]!.AsObject().ContainsKey("stackTrace"));
    }

    [Fact]
    public void Typed_property_wins_over_a_raw_facet_with_the_same_key()
    {
        var facets = new DatasetFacets();
        facets.AdditionalFacets["custom"] = JsonDocument.Parse("""{"_producer":"p","_schemaURL":"s","x":1}""").RootElement;
        facets.AdditionalFacets[FacetKeys.Storage] = JsonDocument.Parse("""{"stale":true}""").RootElement;
        facets.Storage = new StorageDatasetFacet { StorageLayer = "iceberg", FileFormat = "parquet" };

        Assert.Equal(2, facets.Count);
        Assert.False(facets.AdditionalFacets.ContainsKey(FacetKeys.Storage));
        Assert.Equal("iceberg", facets.GetFacetJson(FacetKeys.Storage)!.Value.GetProperty("storageLayer").GetString());
        Assert.Equal(1, facets.GetFacetJson("custom")!.Value.GetProperty("x").GetInt32());
        Assert.Null(facets.GetFacetJson("absent"));
        Assert.True(facets.Remove("custom"));
        Assert.False(facets.Remove("custom"));
        Assert.Equal([FacetKeys.Storage], facets.Keys);
        Assert.Equal("DatasetFacets [storage]", facets.ToString());
    }

    [Fact]
    public void Programmatic_event_writes_only_what_was_set()
    {
        var ev = new RunEvent
        {
            EventTime = "2024-05-01T10:00:00Z",
            Producer = "https://example.com/governance",
            SchemaUrl = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
            EventType = EventTypes.Start,
            Run = new Run { RunId = "3f5e83fa-3480-44ff-99c5-ff943904e5e8" },
            Job = new Job { Namespace = "flink", Name = "enrich-orders" },
        };
        ev.Outputs.Add(new OutputDataset { Namespace = "kafka://broker:9092", Name = "orders.enriched" });
        ev.Outputs[0].Facets.DatasetType = new DatasetTypeDatasetFacet { Producer = "p", SchemaUrl = "s", DatasetType = "TOPIC" };
        ev.Outputs[0].Facets.Version = new DatasetVersionDatasetFacet { Producer = "p", SchemaUrl = "s", DatasetVersion = "7" };
        ev.Job.Facets.Tags = new TagsJobFacet { Producer = "p", SchemaUrl = "s", Tags = [new Tag { Key = "team", Value = "payments" }] };

        var written = OpenLineageJson.Serialize(ev);

        JsonAssert.Equivalent("""
            {"eventTime":"2024-05-01T10:00:00Z","producer":"https://example.com/governance",
             "schemaURL":"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent","eventType":"START",
             "run":{"runId":"3f5e83fa-3480-44ff-99c5-ff943904e5e8"},
             "job":{"namespace":"flink","name":"enrich-orders","facets":{"tags":{"_producer":"p","_schemaURL":"s","tags":[{"key":"team","value":"payments"}]}}},
             "outputs":[{"namespace":"kafka://broker:9092","name":"orders.enriched","facets":{
               "datasetType":{"_producer":"p","_schemaURL":"s","datasetType":"TOPIC"},
               "version":{"_producer":"p","_schemaURL":"s","datasetVersion":"7"}}}]}
            """, written);
        var reparsed = Assert.IsType<RunEvent>(OpenLineageJson.ParseEvent(written));
        Assert.Equal("TOPIC", reparsed.Outputs[0].Facets.DatasetType!.DatasetType);
        Assert.Equal("payments", reparsed.Job.Facets.Tags!.Tags[0].Value);
    }

    [Fact]
    public void Remaining_typed_facets_read_their_spec_fields()
    {
        const string json = """
            {"eventTime":"t","producer":"p","dataset":{"namespace":"kafka://b:9092","name":"orders","facets":{
              "documentation":{"_producer":"p","_schemaURL":"s","description":"Orders","contentType":"text/markdown"},
              "ownership":{"_producer":"p","_schemaURL":"s","owners":[{"name":"team:payments","type":"MAINTAINER"}]},
              "datasetType":{"_producer":"p","_schemaURL":"s","datasetType":"TOPIC","subType":"COMPACTED"},
              "storage":{"_producer":"p","_schemaURL":"s","storageLayer":"kafka","fileFormat":"avro"},
              "version":{"_producer":"p","_schemaURL":"s","datasetVersion":"12"},
              "tags":{"_producer":"p","_schemaURL":"s","tags":[{"key":"pii","value":"true","source":"USER","field":"email"}]},
              "lifecycleStateChange":{"_producer":"p","_schemaURL":"s","lifecycleStateChange":"RENAME","previousIdentifier":{"namespace":"kafka://b:9092","name":"orders.old"}},
              "symlinks":{"_producer":"p","_schemaURL":"s","identifiers":[{"namespace":"schema-registry://sr:8081","name":"orders-value","type":"SUBJECT"}]},
              "dataQualityAssertions":{"_producer":"p","_schemaURL":"s","assertions":[{"assertion":"row_count","success":false,"severity":"warn","expected":"1000","actual":"999","params":{"min":1}}]}}}}
            """;

        var ev = Assert.IsType<DatasetEvent>(OpenLineageJson.ParseEvent(json));

        var f = ev.Dataset.Facets;
        Assert.Equal(("Orders", "text/markdown"), (f.Documentation!.Description, f.Documentation.ContentType));
        Assert.Equal(("team:payments", "MAINTAINER"), (f.Ownership!.Owners[0].Name, f.Ownership.Owners[0].Type));
        Assert.Equal(("TOPIC", "COMPACTED"), (f.DatasetType!.DatasetType, f.DatasetType.SubType));
        Assert.Equal(("kafka", "avro"), (f.Storage!.StorageLayer, f.Storage.FileFormat));
        Assert.Equal("12", f.Version!.DatasetVersion);
        var tag = Assert.Single(f.Tags!.Tags);
        Assert.Equal(("pii", "true", "USER", "email"), (tag.Key, tag.Value, tag.Source, tag.Field));
        Assert.Equal(LifecycleStateChangeDatasetFacet.Rename, f.LifecycleStateChange!.LifecycleStateChange);
        Assert.Equal("orders.old", f.LifecycleStateChange.PreviousIdentifier!.Name);
        Assert.Equal("SUBJECT", f.Symlinks!.Identifiers[0].Type);
        var assertion = f.DataQualityAssertions!.Assertions[0];
        Assert.Equal((false, "warn", "1000", "999", 1), (assertion.Success, assertion.Severity, assertion.Expected, assertion.Actual, assertion.Params["min"].GetInt32()));
        Assert.Equal(new DatasetId("kafka://b:9092", "orders"), ev.Dataset.Id);
        JsonAssert.Equivalent(json, OpenLineageJson.Serialize(ev));
    }

    [Fact]
    public void Job_and_run_facets_read_their_spec_fields()
    {
        const string json = """
            {"eventTime":"t","producer":"p","eventType":"FAIL","run":{"runId":"r","facets":{
               "errorMessage":{"_producer":"p","_schemaURL":"s","message":"boom","programmingLanguage":"JAVA","stackTrace":"at x"},
               "parent":{"_producer":"p","_schemaURL":"s","run":{"runId":"p1","facets":{"nominalTime":{"_producer":"p","_schemaURL":"s","nominalStartTime":"2020-01-01"}}},
                 "job":{"namespace":"airflow","name":"dag","facets":{"documentation":{"_producer":"p","_schemaURL":"s","description":"dag doc"}}}}}},
             "job":{"namespace":"flink","name":"j","facets":{
               "jobType":{"_producer":"p","_schemaURL":"s","_deleted":false,"processingType":"STREAMING","integration":"FLINK","jobType":"JOB",
                 "emissionPattern":{"eventTrigger":"PERIODIC","eventContentMode":"COMPLETE_SNAPSHOT","windowDuration":300}},
               "ownership":{"_producer":"p","_schemaURL":"s","owners":[{"name":"user:jdoe"}]},
               "documentation":{"_producer":"p","_schemaURL":"s","description":"doc","contentType":"text/plain"}}}}
            """;

        var ev = Assert.IsType<RunEvent>(OpenLineageJson.ParseEvent(json));

        Assert.True(ev.IsTerminal);
        var error = ev.Run.Facets.ErrorMessage!;
        Assert.Equal(("boom", "JAVA", "at x"), (error.Message, error.ProgrammingLanguage, error.StackTrace));
        Assert.True(ev.Run.Facets.Parent!.Run!.Facets.NominalTime!.TryGetNominalStartTime(out var start));
        Assert.Equal(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), start);
        Assert.Null(ev.Run.Facets.Parent.Run.RunGuid);
        Assert.Equal("dag doc", ev.Run.Facets.Parent.Job!.Facets.Documentation!.Description);
        var jobType = ev.Job.Facets.JobType!;
        Assert.Equal((JobTypeJobFacet.Streaming, false, "PERIODIC", "COMPLETE_SNAPSHOT", 300L),
            (jobType.ProcessingType, jobType.Deleted, jobType.EmissionPattern!.EventTrigger, jobType.EmissionPattern.EventContentMode, jobType.EmissionPattern.WindowDuration));
        Assert.Equal("user:jdoe", ev.Job.Facets.Ownership!.Owners[0].Name);
        Assert.Equal("text/plain", ev.Job.Facets.Documentation!.ContentType);
        JsonAssert.Equivalent(json, OpenLineageJson.Serialize(ev));
    }

    [Fact]
    public void Non_ascii_text_is_written_unescaped()
    {
        const string json = """{"eventTime":"t","producer":"p","job":{"namespace":"zürich","name":"café-東京"}}""";

        var written = OpenLineageJson.Serialize(OpenLineageJson.ParseEvent(json));

        Assert.Contains("zürich", written, StringComparison.Ordinal);
        Assert.Contains("café-東京", written, StringComparison.Ordinal);
        JsonAssert.Equivalent(json, written);
    }
}
