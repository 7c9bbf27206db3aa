using System.Text.Json;
using Governance.Model.OpenLineage;

namespace Governance.Model.Tests;

/// <summary>Typed facet access on real fixtures; the expected values were read from the fixture files.</summary>
public class FixtureFacetTests
{
    [Fact]
    public void Spark_column_lineage_is_typed_with_transformations()
    {
        var ev = Fixtures.Parse<RunEvent>(Fixtures.Complete, "spark__compat-CLL__8.json");

        var output = Assert.Single(ev.Outputs);
        Assert.Equal(new DatasetId("file", "/tmp/cll_test/tbl1"), output.Id);
        var lineage = output.Facets.ColumnLineage;
        Assert.NotNull(lineage);
        Assert.Equal("https://openlineage.io/spec/facets/1-1-0/ColumnLineageDatasetFacet.json#/$defs/ColumnLineageDatasetFacet", lineage.SchemaUrl);
        Assert.Equal(["ident", "trans", "agg"], lineage.Fields.Keys);
        var ident = lineage.Fields["ident"].InputFields;
        Assert.Equal(3, ident.Count);
        Assert.Equal(("file", "/tmp/cll_test/cll_source1", "a"), (ident[0].Namespace, ident[0].Name, ident[0].Field));
        Assert.Equal(
            [("DIRECT", "IDENTITY"), ("INDIRECT", "GROUP_BY"), ("INDIRECT", "JOIN"), ("INDIRECT", "FILTER")],
            ident[0].Transformations.Select(t => (t.Type, t.Subtype)).ToList());
        Assert.All(ident[0].Transformations, t => Assert.Equal((false, ""), (t.Masking, t.Description)));
        Assert.Equal(("/tmp/cll_test/cll_source2", "a"), (ident[2].Name, ident[2].Field));
        Assert.Empty(lineage.Dataset);
    }

    [Fact]
    public void Spark_schema_symlinks_datasource_parent_and_engine_are_typed()
    {
        var ev = Fixtures.Parse<RunEvent>(Fixtures.Complete, "spark__compat-CLL__8.json");

        Assert.Equal(["ident:integer", "trans:string", "agg:long"], ev.Outputs[0].Facets.Schema!.Fields.Select(f => $"{f.Name}:{f.Type}"));
        var input = ev.Inputs[0];
        Assert.Equal("/tmp/cll_test/cll_source2", input.Name);
        var symlink = Assert.Single(input.Facets.Symlinks!.Identifiers);
        Assert.Equal(("file:/tmp/cll_test", "default.cll_source2", "TABLE"), (symlink.Namespace, symlink.Name, symlink.Type));
        Assert.Equal(("file", "file"), (input.Facets.DataSource!.Name, input.Facets.DataSource.Uri));
        Assert.True(input.InputFacets.IsEmpty);

        var parent = ev.Run.Facets.Parent;
        Assert.NotNull(parent);
        Assert.Equal("019127de-fd25-7707-bfa4-3ec02693a531", parent.Run!.RunId);
        Assert.Equal(Guid.Parse("019127de-fd25-7707-bfa4-3ec02693a531"), parent.Run.RunGuid);
        Assert.Equal(("testColumnLevelLineage", "open_lineage_integration_create_table"), (parent.Job!.Namespace, parent.Job.Name));
        Assert.Null(parent.Root);

        var engine = ev.Run.Facets.ProcessingEngine!;
        Assert.Equal(("3.3.4", "spark", "1.19.0-SNAPSHOT"), (engine.Version, engine.Name, engine.OpenlineageAdapterVersion));
        var jobType = ev.Job.Facets.JobType!;
        Assert.Equal((JobTypeJobFacet.Batch, "SPARK", "SQL_JOB"), (jobType.ProcessingType, jobType.Integration, jobType.JobType));
        Assert.Equal(Guid.Parse("019127df-0850-72bc-b214-b255290588a6"), ev.Run.RunGuid);
        Assert.True(ev.IsTerminal);
    }

    [Fact]
    public void Airflow_nested_schema_fields_and_deprecated_column_lineage_properties_are_typed()
    {
        var ev = Fixtures.Parse<RunEvent>(Fixtures.Complete, "airflow__compat__line_03.json");

        var output = Assert.Single(ev.Outputs);
        Assert.Equal(new DatasetId("bigquery", "mock-project.test.upload"), output.Id);
        var fields = output.Facets.Schema!.Fields;
        Assert.Equal(["a", "b", "c", "d"], fields.Select(f => f.Name));
        Assert.All(fields, f => Assert.Equal(("INTEGER", 0), (f.Type, f.Fields.Count)));
        var a = output.Facets.ColumnLineage!.Fields["a"];
        Assert.Equal(("identical", "IDENTITY"), (a.TransformationDescription, a.TransformationType));
        Assert.Equal(["gs://mock-bucket:copied.csv", "gs://mock-bucket:test.csv"], a.InputFields.Select(f => $"{f.Namespace}:{f.Name}"));
        Assert.Empty(output.Facets.ColumnLineage.Dataset);
    }

    [Fact]
    public void Airflow_custom_facets_stay_raw_next_to_typed_ones()
    {
        var ev = Fixtures.Parse<RunEvent>(Fixtures.Complete, "airflow__compat__line_03.json");

        var airflow = ev.Run.Facets.AdditionalFacets["airflow"];
        Assert.Equal(4.058919, airflow.GetProperty("taskInstance").GetProperty("duration").GetDouble());
        Assert.Equal("01936893-9751-7a91-a2a0-a51101a3970c", ev.Run.Facets.Parent!.Run!.RunId);
        Assert.Contains("airflow", ev.Run.Facets.Keys);
        Assert.Contains(FacetKeys.Parent, ev.Run.Facets.Keys);
        Assert.Empty(ev.Run.Facets.MalformedFacets);
    }

    [Fact]
    public void Airflow_job_ownership_job_type_and_nominal_time_are_typed()
    {
        var ev = Fixtures.Parse<RunEvent>(Fixtures.Complete, "airflow__compat__line_01.json");

        Assert.Equal(new JobId("airflow", "BQ"), ev.Job.Id);
        Assert.Equal("***", Assert.Single(ev.Job.Facets.Ownership!.Owners).Name);
        Assert.Equal("DAG", ev.Job.Facets.JobType!.JobType);
        Assert.True(ev.Job.Facets.AdditionalFacets.ContainsKey("airflow"));
        var nominal = ev.Run.Facets.NominalTime!;
        Assert.Equal("2024-11-26T13:05:23.281750+00:00", nominal.NominalStartTime);
        Assert.True(nominal.TryGetNominalEndTime(out var end));
        Assert.Equal(new DateTimeOffset(2024, 11, 26, 13, 5, 23, TimeSpan.Zero).AddTicks(2817500), end);
    }

    [Fact]
    public void Dataproc_lifecycle_state_change_symlinks_and_spark_properties()
    {
        var ev = Fixtures.Parse<RunEvent>(Fixtures.Complete, "spark-dataproc__compat-simple__02.json");

        var dataset = ev.Outputs.Concat<Dataset>(ev.Inputs).Single(d => d.Facets.LifecycleStateChange is not null);
        Assert.Equal(new DatasetId("hdfs://dataproc-producer-test-m", "/user/hive/warehouse/t1"), dataset.Id);
        Assert.Equal(LifecycleStateChangeDatasetFacet.Drop, dataset.Facets.LifecycleStateChange!.LifecycleStateChange);
        Assert.Equal("hdfs://dataproc-producer-test-m/user/hive/warehouse", dataset.Facets.Symlinks!.Identifiers[0].Namespace);
        var properties = ev.Run.Facets.AdditionalFacets["spark_properties"].GetProperty("properties");
        Assert.Equal("local", properties.GetProperty("spark.master").GetString());
    }

    [Fact]
    public void Input_data_quality_assertions_are_typed_and_metrics_stay_raw()
    {
        var ev = Fixtures.Parse<RunEvent>(Fixtures.Complete, "fluentd-proxy__event_full.json");

        var input = ev.Inputs[0];
        var assertions = input.InputFacets.DataQualityAssertions!.Assertions;
        Assert.Equal([("row_count_equal_to", true, null), ("no_null_values", true, "id")], assertions.Select(a => (a.Assertion, a.Success, a.Column)));
        Assert.Equal(1000, input.InputFacets.AdditionalFacets[FacetKeys.DataQualityMetrics].GetProperty("rowCount").GetInt64());
        Assert.Equal(2000, ev.Outputs[0].OutputFacets.AdditionalFacets[FacetKeys.OutputStatistics].GetProperty("rowCount").GetInt64());
        Assert.Equal("string", ev.Job.Facets.Documentation!.Description);
        Assert.Equal("SELECT * FROM foo", ev.Job.Facets.AdditionalFacets[FacetKeys.Sql].GetProperty("query").GetString());
    }

    [Fact]
    public void Data_quality_assertions_under_dataset_facets_are_accepted_as_Marquez_sends_them()
    {
        var ev = Fixtures.Parse<RunEvent>(Fixtures.Marquez, "docker__metadata.template.json", 18);

        var output = ev.Outputs.Single(o => o.Facets.DataQualityAssertions is not null);
        Assert.Equal(new DatasetId("food_delivery", "public.delivery_7_days"), output.Id);
        Assert.Equal(
            [("not_null", false, "driver_id"), ("is_string", true, "customer_address")],
            output.Facets.DataQualityAssertions!.Assertions.Select(a => (a.Assertion, a.Success, a.Column)));
        Assert.False(ev.TryGetEventTime(out _));
        Assert.Equal("{{RUN_START_TIME}}", ev.EventTime);
    }

    [Fact]
    public void Run_tags_and_dataset_level_facets_of_the_python_client_example_are_typed()
    {
        var ev = Fixtures.Parse<RunEvent>(Fixtures.Complete, "python-client__example_full_event.json");

        var tag = Assert.Single(ev.Run.Facets.Tags!.Tags);
        Assert.Equal(("openlineage_client_version", "1.30.0", "OPENLINEAGE_CLIENT"), (tag.Key, tag.Value, tag.Source));
        Assert.Equal("http://test.schema.url", ev.SchemaUrl);
        var assertion = ev.Inputs[0].InputFacets.DataQualityAssertions!.Assertions[0];
        Assert.NotNull(assertion.Params);
        Assert.Empty(assertion.Params);
    }

    [Fact]
    public void Marquez_oddities_are_kept_as_sent()
    {
        var noOffset = Fixtures.Parse<RunEvent>(Fixtures.Marquez, "open_lineage__event_required_no_timezone.json");
        Assert.Equal("2020-12-28T19:51:01.641499", noOffset.EventTime);
        Assert.True(noOffset.TryGetEventTime(out var time));
        Assert.Equal(new DateTimeOffset(2020, 12, 28, 19, 51, 1, TimeSpan.Zero).AddTicks(6414990), time);
        Assert.Null(noOffset.EventType);
        Assert.Empty(noOffset.Inputs);

        var noSchemaUrl = Fixtures.Parse<RunEvent>(Fixtures.Marquez, "open_lineage__event_without_schema_url.json");
        Assert.Null(noSchemaUrl.SchemaUrl);
        Assert.Equal(EventTypes.Complete, noSchemaUrl.EventType);

        var notAUuid = Fixtures.Parse<RunEvent>(Fixtures.Complete, "compat__simple_run_event.json");
        Assert.Equal("run_id", notAUuid.Run.RunId);
        Assert.Null(notAUuid.Run.RunGuid);
        Assert.True(notAUuid.Run.Facets.IsEmpty);
    }

    [Fact]
    public void Job_event_with_an_event_type_keeps_it_as_an_additional_property()
    {
        var ev = Fixtures.Parse<JobEvent>(Fixtures.Marquez, "open_lineage__event_job_event.json");

        Assert.Equal("COMPLETE", ev.AdditionalProperties!["eventType"].GetString());
        Assert.Equal(OpenLineageEventKind.Job, ev.Kind);
    }

    [Fact]
    public void Run_event_with_a_stray_dataset_property_keeps_it_as_an_additional_property()
    {
        var ev = Fixtures.Parse<RunEvent>(Fixtures.Complete, "spec__example_full_event.json");

        Assert.Equal("123", ev.AdditionalProperties!["dataset"].GetProperty("namespace").GetString());
        Assert.Equal("SELECT 1", ev.Job.Facets.AdditionalFacets[FacetKeys.Sql].GetProperty("query").GetString());
    }
}
