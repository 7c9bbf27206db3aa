using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Simulator.Generation;
using Governance.Simulator.Generation.Encoders;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Tests.Generation;

/// <summary>Subjects, data contracts and the framing of sample records, checked against the registered schema texts.</summary>
public class GeneratedSchemaTests
{
    public static TheoryData<ScenarioSize> Sizes => [ScenarioSize.Tiny, ScenarioSize.Demo, ScenarioSize.Large];

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Framed_values_and_keys_carry_a_schema_id_of_their_subject_and_decode_with_its_schema(ScenarioSize size)
    {
        var scenario = GeneratedScenarios.Get(size);
        var registry = scenario.Registry();
        var versionsById = registry.Subjects.SelectMany(s => s.Versions).GroupBy(v => v.Id).ToDictionary(g => g.Key, g => g.First());
        var stores = scenario.Clusters.Where(c => c.Role == ClusterRole.Edge).Select(c => c.Alias + ".").ToList();
        var framed = 0;
        foreach (var topic in scenario.Clusters.SelectMany(c => c.Topics))
        {
            // MirrorMaker 2 copies bytes: a replica's records carry the source topic's schema ids.
            var subjectTopic = stores.FirstOrDefault(s => topic.Name.StartsWith(s, StringComparison.Ordinal)) is { } prefix && !topic.Name.EndsWith(".internal", StringComparison.Ordinal)
                ? topic.Name[prefix.Length..]
                : topic.Name;
            var valueIds = Ids(registry, $"{subjectTopic}-value");
            var keyIds = Ids(registry, $"{subjectTopic}-key");
            foreach (var record in topic.Partitions.SelectMany(p => p.Records))
            {
                if (valueIds is not null)
                {
                    Assert.True(ConfluentWireFormat.TryReadSchemaId(record.Value, out var id), $"{topic.Name}@{record.Offset} is not framed");
                    Assert.Contains(id, valueIds);
                    Decodes(registry, versionsById[id], record.Value!);
                    framed++;
                }
                else if (record.Value is not null)
                {
                    // No subject: plain JSON.
                    Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(record.Value).RootElement.ValueKind);
                }

                if (keyIds is not null)
                {
                    Assert.True(ConfluentWireFormat.TryReadSchemaId(record.Key, out var keyId));
                    Assert.Contains(keyId, keyIds);
                    Decodes(registry, versionsById[keyId], record.Key!);
                }
            }
        }

        Assert.True(framed > 0);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Pii_tags_in_metadata_name_real_fields(ScenarioSize size)
    {
        var registry = GeneratedScenarios.Get(size).Registry();
        var tagged = 0;
        foreach (var subject in registry.Subjects)
        {
            foreach (var version in subject.Versions)
            {
                if (version.Metadata?["tags"] is not JsonObject tags) continue;
                var fields = SchemaFields.Paths(registry, version);
                foreach (var (path, value) in tags)
                {
                    Assert.True(fields.Contains(path), $"{subject.Name} v{version.Version} tags {path}, which is not a field");
                    Assert.Contains("PII", value!.AsArray().Select(t => t!.GetValue<string>()));
                    tagged++;
                }
            }
        }

        Assert.True(tagged > 0);
    }

    [Fact]
    public void Orders_carry_a_data_contract_with_owner_pii_tags_and_an_email_rule()
    {
        var registry = GeneratedScenarios.Demo.Registry();
        var latest = registry.Subject("orders.placed.v1-value")!.Versions[^1];

        Assert.Equal("AVRO", latest.SchemaType);
        Assert.Equal(["PII"], latest.Metadata!["tags"]!["Order.customer.email"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("team-orders", latest.Metadata["properties"]!["owner"]!.GetValue<string>());
        Assert.Equal("orders", latest.Metadata["properties"]!["domain"]!.GetValue<string>());
        var rule = latest.RuleSet!["domainRules"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == "checkEmail")!;
        Assert.Equal("CONDITION", rule["kind"]!.GetValue<string>());
        Assert.Equal("CEL", rule["type"]!.GetValue<string>());
        Assert.Equal("WRITE", rule["mode"]!.GetValue<string>());
        Assert.Equal("message.customer.email.contains('@')", rule["expr"]!.GetValue<string>());
        var reference = Assert.Single(latest.References);
        Assert.Equal("com.retail.common.Address", reference.Subject);
        Assert.NotNull(registry.Subject(reference.Subject)!.Versions.SingleOrDefault(v => v.Version == reference.Version));
    }

    [Fact]
    public void Loyalty_members_evolve_to_a_new_major_version_with_migration_rules()
    {
        var members = GeneratedScenarios.Demo.Registry().Subject("loyalty.members.v1-value")!;

        Assert.Equal([1, 2, 3], members.Versions.Select(v => v.Version));
        var v3 = members.Versions[2];
        Assert.Equal("2", v3.Metadata!["properties"]!["application.major.version"]!.GetValue<string>());
        var modes = v3.RuleSet!["migrationRules"]!.AsArray().Select(r => r!["mode"]!.GetValue<string>()).ToList();
        Assert.Equal(["UPGRADE", "DOWNGRADE"], modes);
        Assert.Contains("emailAddress", v3.Schema, StringComparison.Ordinal);
        Assert.DoesNotContain("\"email\"", v3.Schema, StringComparison.Ordinal);
        Assert.Equal("NONE", members.Compatibility);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Schema_ids_identify_one_schema_and_versions_count_from_one(ScenarioSize size)
    {
        var registry = GeneratedScenarios.Get(size).Registry();
        foreach (var group in registry.Subjects.SelectMany(s => s.Versions).GroupBy(v => v.Id))
        {
            Assert.Single(group.Select(v => (v.SchemaType, v.Schema)).Distinct());
        }

        Assert.All(registry.Subjects, s => Assert.Equal(Enumerable.Range(1, s.Versions.Count), s.Versions.Select(v => v.Version)));
        Assert.Equal(registry.Subjects.Count, registry.Subjects.Select(s => s.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_registry_mixes_formats_evolutions_compatibility_levels_and_deleted_subjects(ScenarioSize size)
    {
        var registry = GeneratedScenarios.Get(size).Registry();
        var latest = registry.Subjects.Select(s => s.Versions[^1]).ToList();

        Assert.Equal("BACKWARD", registry.Compatibility);
        Assert.Contains(latest, v => v.SchemaType == "AVRO");
        Assert.Contains(latest, v => v.SchemaType == "JSON");
        Assert.Contains(latest, v => v.SchemaType == "PROTOBUF");
        Assert.Contains(registry.Subjects, s => s.Versions.Count > 1);
        Assert.Contains(registry.Subjects, s => s.Compatibility is not null);
        Assert.Contains(registry.Subjects, s => s.Name.EndsWith("-key", StringComparison.Ordinal));
        Assert.Contains(registry.Subjects, s => s.Deleted);
        Assert.All(latest.Where(v => v.Metadata is not null), v => Assert.NotNull(v.Metadata!["properties"]!["owner"]));
    }

    private static HashSet<int>? Ids(SchemaRegistryScenario registry, string subject) =>
        registry.Subject(subject) is { Deleted: false } s ? s.Versions.Select(v => v.Id).ToHashSet() : null;

    private static void Decodes(SchemaRegistryScenario registry, SchemaVersionScenario version, byte[] framed)
    {
        var payload = framed.AsSpan(ConfluentWireFormat.HeaderLength);
        switch (version.SchemaType)
        {
            case "AVRO":
                var reader = new AvroReader();
                foreach (var reference in version.References)
                {
                    reader.Define(JsonNode.Parse(registry.Subject(reference.Subject)!.Versions.Single(v => v.Version == reference.Version).Schema)!);
                }

                reader.Read(JsonNode.Parse(version.Schema)!, payload, out var consumed);
                Assert.Equal(payload.Length, consumed);
                break;
            case "JSON":
                var value = JsonNode.Parse(Encoding.UTF8.GetString(payload))!.AsObject();
                var schema = JsonNode.Parse(version.Schema)!.AsObject();
                var properties = schema["properties"]!.AsObject();
                Assert.All(value, p => Assert.True(properties.ContainsKey(p.Key), $"{p.Key} is not in the schema"));
                Assert.All(schema["required"]!.AsArray(), r => Assert.True(value.ContainsKey(r!.GetValue<string>())));
                break;
            case "PROTOBUF":
                // Message-index list [0], then a well-formed protobuf message.
                Assert.Equal(0, payload[0]);
                AssertProtobuf(payload[1..]);
                break;
        }
    }

    private static void AssertProtobuf(ReadOnlySpan<byte> message)
    {
        var position = 0;
        while (position < message.Length)
        {
            var tag = Varint(message, ref position);
            Assert.True(tag >> 3 > 0);
            switch ((int)(tag & 7))
            {
                case 0: Varint(message, ref position); break;
                case 1: position += 8; break;
                case 2:
                    var length = (int)Varint(message, ref position);
                    position += length;
                    break;
                case 5: position += 4; break;
                default: Assert.Fail($"Wire type {tag & 7}."); break;
            }
        }

        Assert.Equal(message.Length, position);
    }

    private static ulong Varint(ReadOnlySpan<byte> data, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = data[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return value;
        }

        throw new InvalidDataException("Varint too long.");
    }
}
