using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Model.OpenLineage.Validation;

namespace Governance.Model.Tests.Validation;

/// <summary>Schema loading: embedded resources, offline <c>$ref</c> resolution, the NJsonSchema rewrite, formats.</summary>
public class OpenLineageSchemaSetTests
{
    private static string ReadEmbedded(string name)
    {
        using var stream = typeof(OpenLineageValidator).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static SchemaSource Core => new("OpenLineage.json", ReadEmbedded(OpenLineageSchemaSet.CoreResourceName));

    [Fact]
    public void Embedded_resources_are_the_core_and_38_facet_schemas()
    {
        var names = typeof(OpenLineageValidator).Assembly.GetManifestResourceNames();

        Assert.Contains(OpenLineageSchemaSet.CoreResourceName, names);
        Assert.Equal(38, names.Count(n => n.StartsWith(OpenLineageSchemaSet.FacetResourcePrefix, StringComparison.Ordinal)));
        Assert.Contains("OpenLineage.Schemas.facets/ParentRunFacet.json", names);
        Assert.Equal(39, OpenLineageValidator.Default.Schemas.DocumentCount);
        Assert.Equal("https://openlineage.io/spec/2-0-2/OpenLineage.json", OpenLineageValidator.Default.CoreSchemaId);
    }

    [Fact]
    public void Default_is_a_singleton()
    {
        Assert.Same(OpenLineageValidator.Default, OpenLineageValidator.Default);
    }

    [Theory]
    [InlineData("Run", "parent", "ParentRunFacet", "1-2-0")]
    [InlineData("Run", "processing_engine", "ProcessingEngineRunFacet", "1-1-1")]
    [InlineData("Job", "ownership", "OwnershipJobFacet", "1-0-1")]
    [InlineData("Dataset", "ownership", "OwnershipDatasetFacet", "1-0-1")]
    [InlineData("Dataset", "dataQualityMetrics", "DataQualityMetricsDatasetFacet", "1-0-0")]
    [InlineData("InputDataset", "dataQualityMetrics", "DataQualityMetricsInputDatasetFacet", "1-0-3")]
    [InlineData("InputDataset", "subset", "InputSubsetInputDatasetFacet", "1-0-0")]
    [InlineData("OutputDataset", "subset", "OutputSubsetOutputDatasetFacet", "1-0-0")]
    [InlineData("Job", "lineage", "LineageJobFacet", "1-0-0")]
    [InlineData("Dataset", "lineage", "LineageDatasetFacet", "1-0-0")]
    [InlineData("OutputDataset", "outputStatistics", "OutputStatisticsOutputDatasetFacet", "1-0-2")]
    public void Facets_are_indexed_by_container_and_key_like_the_harness(string kind, string key, string definition, string version)
    {
        Assert.True(OpenLineageValidator.Default.Schemas.TryGetFacet(Enum.Parse<FacetKind>(kind), key, out var facet));
        Assert.Equal(definition, facet.DefinitionName);
        Assert.Equal(version, facet.Version.ToString());
    }

    [Fact]
    public void Declared_properties_include_the_base_facet_fields()
    {
        Assert.True(OpenLineageValidator.Default.Schemas.TryGetFacet(FacetKind.InputDataset, "dataQualityMetrics", out var facet));

        Assert.Superset(new HashSet<string> { "_producer", "_schemaURL", "rowCount", "bytes", "fileCount", "columnMetrics", "lastUpdated" }, facet.DeclaredProperties.ToHashSet());
        Assert.DoesNotContain("noRowCount", facet.DeclaredProperties);
    }

    [Theory]
    [InlineData("https://example.com/schemas/Unknown.json#/$defs/Thing")]
    [InlineData("https://openlineage.io/spec/9-9-9/OpenLineage.json#/$defs/RunFacet")]
    public void Unknown_absolute_ref_fails_loading_instead_of_being_fetched(string reference)
    {
        var facet = new SchemaSource("BadFacet.json", $$"""
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "https://openlineage.io/spec/facets/1-0-0/BadFacet.json",
              "$defs": { "BadRunFacet": { "allOf": [ { "$ref": "{{reference}}" } ] } },
              "type": "object",
              "properties": { "bad": { "$ref": "#/$defs/BadRunFacet" } }
            }
            """);

        var ex = Assert.Throws<InvalidOperationException>(() => OpenLineageSchemaSet.Load(Core, [facet]));

        Assert.Contains(reference.Split('#')[0], ex.Message, StringComparison.Ordinal);
        Assert.Contains(OfflineReferenceResolver.NotEmbeddedMessage, ex.Message, StringComparison.Ordinal);
        Assert.Contains("BadFacet.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_file_ref_fails_loading_instead_of_being_read()
    {
        var facet = new SchemaSource("RelFacet.json", """
            {
              "$id": "https://openlineage.io/spec/facets/1-0-0/RelFacet.json",
              "$defs": { "RelRunFacet": { "allOf": [ { "$ref": "Other.json#/$defs/X" } ] } },
              "properties": { "rel": { "$ref": "#/$defs/RelRunFacet" } }
            }
            """);

        var ex = Assert.Throws<InvalidOperationException>(() => OpenLineageSchemaSet.Load(Core, [facet]));

        Assert.Contains("RelFacet.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_refs_resolve_offline()
    {
        var facet = new SchemaSource("GoodFacet.json", """
            {
              "$id": "https://openlineage.io/spec/facets/1-0-0/GoodRunFacet.json",
              "$defs": { "GoodRunFacet": { "allOf": [ { "$ref": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunFacet" },
                                                      { "type": "object", "properties": { "n": { "type": "integer" } }, "required": ["n"] } ] } },
              "properties": { "good": { "$ref": "#/$defs/GoodRunFacet" } }
            }
            """);

        var schemas = OpenLineageSchemaSet.Load(Core, [facet]);
        var validator = new OpenLineageValidator(schemas);

        Assert.True(schemas.TryGetFacet(FacetKind.Run, "good", out _));
        var result = validator.Validate("""
            {"eventTime":"2024-01-01T00:00:00Z","producer":"https://p","schemaURL":"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
             "run":{"runId":"41fb5137-f0fd-4ee5-ba5c-56f8571d1bd7","facets":{"good":{"_producer":"https://p","_schemaURL":"https://s","n":"x"}}},
             "job":{"namespace":"n","name":"j"}}
            """);
        var error = Assert.Single(result.Errors);
        Assert.Equal("$.run.facets.good.n", error.Path);
    }

    [Fact]
    public void Preprocessor_rewrites_only_schema_positions()
    {
        var schema = JsonNode.Parse("""
            {
              "$defs": { "A": { "properties": { "const": { "const": "x" }, "$defs": { "type": "string" } },
                                "dependentRequired": { "a": ["b"] } } },
              "properties": { "p": { "$ref": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunFacet" } },
              "example": { "const": 1, "$defs": 2 },
              "enum": [ { "const": 3 } ]
            }
            """)!.AsObject();

        var rewritten = SchemaPreprocessor.Rewrite(schema);

        Assert.Null(rewritten["$defs"]);
        var a = rewritten["definitions"]!["A"]!;
        Assert.NotNull(a["properties"]!["const"]);
        Assert.NotNull(a["properties"]!["$defs"]);
        Assert.Equal("[\"x\"]", a["properties"]!["const"]!["enum"]!.ToJsonString());
        Assert.Null(a["dependentRequired"]);
        Assert.Equal("a|b", a["allOf"]![0]![SchemaPreprocessor.DependentRequiredMarker]!.GetValue<string>());
        Assert.Equal("https://openlineage.io/spec/2-0-2/OpenLineage.json#/definitions/RunFacet", rewritten["properties"]!["p"]!["$ref"]!.GetValue<string>());
        Assert.Equal("{\"const\":1,\"$defs\":2}", rewritten["example"]!.ToJsonString());
        Assert.Equal("[{\"const\":3}]", rewritten["enum"]!.ToJsonString());
        Assert.NotNull(schema["$defs"]); // input untouched
    }

    [Theory]
    [InlineData("2020-12-28T19:52:00.001+10:00", true)]
    [InlineData("2021-11-03T10:53:52.427343Z", true)]
    [InlineData("2024-02-29t00:00:00z", true)]
    [InlineData("2021-11-03T10:53:52.427343", false)]
    [InlineData("2020-01-01", false)]
    [InlineData("2023-02-29T00:00:00Z", false)]
    [InlineData("2020-12-28 19:52:00Z", false)]
    [InlineData("{{RUN_START_TIME}}", false)]
    public void Date_time_format_is_RFC_3339(string value, bool valid) => Assert.Equal(valid, FormatValidators.IsRfc3339DateTime(value));

    [Theory]
    [InlineData("https://github.com/OpenLineage/OpenLineage", true)]
    [InlineData("s3://bucket/key", true)]
    [InlineData("file", false)]
    [InlineData("bigquery", false)]
    [InlineData("my producer:x", false)]
    public void Uri_format_requires_a_scheme(string value, bool valid) => Assert.Equal(valid, FormatValidators.IsUri(value));

    [Theory]
    [InlineData("41fb5137-f0fd-4ee5-ba5c-56f8571d1bd7", true)]
    [InlineData("41FB5137-F0FD-4EE5-BA5C-56F8571D1BD7", true)]
    [InlineData("run_id", false)]
    [InlineData("41fb5137f0fd4ee5ba5c56f8571d1bd7", false)]
    public void Uuid_format_is_hyphenated_hex(string value, bool valid) => Assert.Equal(valid, FormatValidators.IsUuid(value));

    [Fact]
    public void Concurrent_validation_gives_the_same_results_as_sequential()
    {
        var events = OpenLineageFixtures.Events("complete", "marquez", "invalid")
            .Select(row => OpenLineageFixtures.Load((string)row[0], (string)row[1], (int)row[2]))
            .ToList();
        var validator = OpenLineageValidator.Default;
        var expected = events.Select(e => Render(validator.Validate(e))).ToList();

        var actual = new string[events.Count * 8];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Render(validator.Validate(events[i % events.Count])));

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % events.Count], actual[i]);
        }

        static string Render(ValidationResult r) => JsonSerializer.Serialize(new { r.EventSchema, r.Errors, r.Warnings });
    }
}
