using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Collector.Emission;
using Governance.Model.OpenLineage;
using Governance.Model.OpenLineage.GovernanceFacets;
using Governance.Model.OpenLineage.Validation;
using Governance.Model.Platform;
using NJsonSchema;

namespace Governance.Collector.Tests.Emission;

/// <summary>
/// The topic event's registry facet carries what the portal needs to check schema changes without
/// reaching the registry: each subject's schema text, its references, the registry's level when the
/// subject has none, and the newest registered version when producers still use an older one.
/// </summary>
public sealed class TopicEventBuilderTests
{
    private const string V1 = """{"type":"record","name":"Order","namespace":"com.retail","fields":[{"name":"id","type":"string"}]}""";
    private const string V2 = """{"type":"record","name":"Order","namespace":"com.retail","fields":[{"name":"id","type":"string"},{"name":"note","type":["null","string"],"default":null}]}""";
    private const string V3 = """{"type":"record","name":"Order","namespace":"com.retail","fields":[{"name":"id","type":"long"}]}""";
    private const string Key = """{"type":"string"}""";
    private const string Money = """{"type":"record","name":"Money","namespace":"com.retail","fields":[]}""";

    [Fact]
    public void Each_subject_entry_carries_its_schema_text_references_effective_level_and_the_newer_registered_version()
    {
        var problems = new List<ScanProblem>();
        var evt = TopicEventBuilder.Build(Context, Cluster(V3), Topic(sampledValueSchemaId: 102), problems);

        var subjects = RegistryFacet(evt).GetProperty("subjects").EnumerateArray().ToDictionary(s => s.GetProperty("role").GetString()!);
        var value = subjects["value"];
        // Producers still write version 2 (the sampled schema id); version 3 is registered but not yet used.
        Assert.Equal((2, 102, V2), (value.GetProperty("version").GetInt32(), value.GetProperty("schemaId").GetInt32(), value.GetProperty("schema").GetString()));
        Assert.Equal("FULL", value.GetProperty("compatibility").GetString());
        Assert.False(value.TryGetProperty("compatibilityInherited", out _));
        var reference = Assert.Single(value.GetProperty("references").EnumerateArray().ToList());
        // The referenced version travels with its text, so the portal can read a schema using its types.
        Assert.Equal(("com.retail.Money", "money-value", 1, 90, Money),
            (reference.GetProperty("name").GetString(), reference.GetProperty("subject").GetString(), reference.GetProperty("version").GetInt32(),
             reference.GetProperty("schemaId").GetInt32(), reference.GetProperty("schema").GetString()));
        var latest = value.GetProperty("latest");
        Assert.Equal((3, 103, "AVRO", V3),
            (latest.GetProperty("version").GetInt32(), latest.GetProperty("schemaId").GetInt32(), latest.GetProperty("schemaType").GetString(), latest.GetProperty("schema").GetString()));

        var key = subjects["key"];
        Assert.Equal(Key, key.GetProperty("schema").GetString());
        Assert.Equal("BACKWARD", key.GetProperty("compatibility").GetString());
        Assert.True(key.GetProperty("compatibilityInherited").GetBoolean());
        Assert.False(key.TryGetProperty("latest", out _));
        Assert.False(key.TryGetProperty("references", out _));
        Assert.Empty(problems);
    }

    [Fact]
    public void The_event_is_valid_OpenLineage_and_the_facet_valid_against_its_published_schema_declaring_every_member()
    {
        var evt = TopicEventBuilder.Build(Context, Cluster(V3), Topic(sampledValueSchemaId: 102), []);
        var json = OpenLineageJson.SerializeToElement(evt);

        var result = OpenLineageValidator.Default.Validate(json);
        Assert.True(result.Errors.Count == 0 && result.Warnings.Count == 0, result.ToString());

        var facet = RegistryFacet(evt);
        var (schema, declared) = FacetSchema(GovernanceFacets.SchemaRegistry);
        var errors = schema.Validate(new JsonObject { [GovernanceFacets.SchemaRegistry.Key] = JsonNode.Parse(facet.GetRawText()) }.ToJsonString());
        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
        var broken = JsonNode.Parse(facet.GetRawText())!;
        broken["subjects"]![0]!["schema"] = 42;
        Assert.NotEmpty(schema.Validate(new JsonObject { [GovernanceFacets.SchemaRegistry.Key] = broken }.ToJsonString()));

        // The published schema is open (extra members validate), so check that it declares everything sent.
        foreach (var entry in facet.GetProperty("subjects").EnumerateArray())
        {
            Assert.Empty(entry.EnumerateObject().Select(p => p.Name).Except(declared.Entry));
            if (entry.TryGetProperty("latest", out var latest))
            {
                Assert.Empty(latest.EnumerateObject().Select(p => p.Name).Except(declared.Version));
            }

            var references = entry.TryGetProperty("references", out var list) ? list.EnumerateArray().ToList() : [];
            foreach (var reference in references)
            {
                Assert.Empty(reference.EnumerateObject().Select(p => p.Name).Except(declared.Reference));
            }
        }
    }

    [Fact]
    public void The_topic_facet_says_when_the_newest_sampled_record_was_written()
    {
        var topic = Topic(sampledValueSchemaId: 102) with
        {
            Samples =
            [
                new SampledRecord(0, 7, Context.Now.AddMinutes(-9), 100, 102, new Dictionary<string, string>()),
                new SampledRecord(1, 3, Context.Now.AddMinutes(-4), 100, 102, new Dictionary<string, string>()),
                new SampledRecord(1, 4, DateTimeOffset.UnixEpoch.AddMilliseconds(-1), 100, 102, new Dictionary<string, string>()),
            ],
        };

        var evt = TopicEventBuilder.Build(Context, Cluster(V3), topic, []);

        var facet = evt.Dataset.Facets.AdditionalFacets[GovernanceFacets.Topic.Key];
        Assert.Equal("2026-11-22T09:56:00.000Z", facet.GetProperty("lastRecordAt").GetString());
        var (schema, _) = FacetSchema(GovernanceFacets.Topic);
        Assert.Empty(schema.Validate(new JsonObject { [GovernanceFacets.Topic.Key] = JsonNode.Parse(facet.GetRawText()) }.ToJsonString()));
        var unsampled = TopicEventBuilder.Build(Context, Cluster(V3), topic with { Samples = [] }, []);
        Assert.False(unsampled.Dataset.Facets.AdditionalFacets[GovernanceFacets.Topic.Key].TryGetProperty("lastRecordAt", out _));
    }

    [Fact]
    public void A_schema_too_large_to_send_is_left_out_and_the_scan_says_why()
    {
        var huge = V1.Replace("\"id\"", "\"" + new string('x', TopicEventBuilder.MaxSchemaTextLength) + "\"", StringComparison.Ordinal);
        var problems = new List<ScanProblem>();

        var evt = TopicEventBuilder.Build(Context, Cluster(V3, valueV1: huge), Topic(sampledValueSchemaId: 101), problems);

        var value = RegistryFacet(evt).GetProperty("subjects").EnumerateArray().Single(s => s.GetProperty("role").GetString() == "value");
        Assert.Equal(1, value.GetProperty("version").GetInt32());
        Assert.False(value.TryGetProperty("schema", out _));
        Assert.Equal(V3, value.GetProperty("latest").GetProperty("schema").GetString());
        var problem = Assert.Single(problems);
        Assert.Contains("Schema 101 of subject 'orders.v1-value'", problem.Message, StringComparison.Ordinal);
    }

    private static readonly EmissionContext Context = new("http://portal.test", new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));

    private static JsonElement RegistryFacet(DatasetEvent evt) =>
        evt.Dataset.Facets.AdditionalFacets[GovernanceFacets.SchemaRegistry.Key];

    private static ClusterSnapshot Cluster(string valueV3, string valueV1 = V1) => new()
    {
        Identity = new ClusterIdentity("cloud", "lkc-test1", ["broker:9092"]),
        ScannedAt = Context.Now,
        SchemaRegistry = new SchemaRegistrySnapshot
        {
            Url = "http://registry:8081",
            GlobalCompatibility = "BACKWARD",
            Subjects =
            [
                new SubjectInfo("money-value", null, [Version(1, 90, Money)]),
                new SubjectInfo("orders.v1-key", null, [Version(1, 100, Key)]),
                new SubjectInfo("orders.v1-value", "FULL",
                [
                    Version(1, 101, valueV1),
                    Version(2, 102, V2) with { References = [new SchemaReferenceInfo("com.retail.Money", "money-value", 1)] },
                    Version(3, 103, valueV3),
                ]),
            ],
        },
    };

    private static SchemaVersionInfo Version(int version, int id, string schema) => new(version, id, "AVRO", schema, [], null, null);

    private static TopicInfo Topic(int sampledValueSchemaId) => new()
    {
        Name = "orders.v1",
        ReplicationFactor = 1,
        Partitions = [new PartitionInfo(0, 1, [1], [1], 0, 10)],
        Samples = [new SampledRecord(0, 9, Context.Now, 100, sampledValueSchemaId, new Dictionary<string, string>())],
    };

    /// <summary>
    /// A facet's published JSON Schema, readable by NJsonSchema (draft 2020-12 <c>$defs</c> become
    /// <c>definitions</c>; the OpenLineage base facet, an absolute reference, becomes its one rule:
    /// <c>_producer</c> and <c>_schemaURL</c> required), and, for the registry facet, the members it
    /// declares for a subject entry and for a version.
    /// </summary>
    private static (JsonSchema Schema, (HashSet<string> Entry, HashSet<string> Version, HashSet<string> Reference) Declared) FacetSchema(GovernanceFacet governanceFacet)
    {
        var text = GovernanceFacets.SchemaText(governanceFacet.SchemaName)!;
        var document = JsonNode.Parse(text.Replace("#/$defs/", "#/definitions/", StringComparison.Ordinal))!.AsObject();
        var definitions = document["$defs"]!.DeepClone().AsObject();
        document.Remove("$defs");
        document.Remove("$schema");
        var facet = definitions[governanceFacet.SchemaName]!["allOf"]!.AsArray();
        Assert.StartsWith("https://openlineage.io/spec/2-0-2/OpenLineage.json", facet[0]!["$ref"]!.GetValue<string>(), StringComparison.Ordinal);
        facet[0] = new JsonObject { ["required"] = new JsonArray("_producer", "_schemaURL") };
        document["definitions"] = definitions;

        var entry = facet[1]!["properties"]!["subjects"]?["items"]?["properties"]?.AsObject().Select(p => p.Key).ToHashSet() ?? [];
        var version = definitions["RegisteredVersion"]?["properties"]?.AsObject().Select(p => p.Key).ToHashSet() ?? [];
        var reference = definitions["SchemaReferences"]?["items"]?["properties"]?.AsObject().Select(p => p.Key).ToHashSet() ?? [];
        var schema = JsonSchema.FromJsonAsync(document.ToJsonString()).GetAwaiter().GetResult();
        return (schema, (entry, version, reference));
    }
}
