using System.Text.Json.Nodes;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Generation.Schemas;

/// <summary>Data-contract choices for one subject.</summary>
internal sealed record SubjectOptions(string Owner, string Domain)
{
    /// <summary>Subject-level compatibility, or null to inherit the global level.</summary>
    public string? Compatibility { get; init; }

    /// <summary>Add the CEL <c>checkEmail</c> domain rule when the record has an email field.</summary>
    public bool EmailCondition { get; init; } = true;

    /// <summary>Add a field-level encryption rule for the PII-tagged fields.</summary>
    public bool EncryptPii { get; init; }
}

/// <summary>
/// Registers subjects in the generated registry: every version of a record spec's evolution, with
/// references to shared types, PII tags and ownership in the metadata, and CEL/JSONata rules.
/// </summary>
internal sealed class SubjectFactory(SchemaRegistryScenario registry, SchemaIdAllocator ids)
{
    // Names registered so far; the registry's own lookup is a linear scan, too slow for 10,000 subjects.
    private readonly Dictionary<string, SubjectScenario> _byName = new(StringComparer.Ordinal);

    public BoundSchema RegisterRecord(string subject, RecordSpec record, string format, SubjectOptions options)
    {
        var target = NewSubject(subject, options.Compatibility);
        for (var version = 1; version <= record.VersionsSpanned; version++)
        {
            var references = new List<SchemaReferenceScenario>();
            var text = format switch
            {
                SchemaFormat.Avro => WriteAvro(record, version, references),
                SchemaFormat.Json => JsonSchemaWriter.Write(record, version),
                SchemaFormat.Protobuf => ProtobufSchemaWriter.Write(record, version),
                _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
            };
            target.Versions.Add(new SchemaVersionScenario
            {
                Version = version,
                Id = ids.IdFor(format, text, references),
                SchemaType = format,
                Schema = text,
                References = references,
                Metadata = Metadata(record, format, version, options),
                RuleSet = RuleSet(record, format, version, options),
            });
        }

        return new BoundSchema { Record = record, Format = format, Subject = target };
    }

    /// <summary>A primitive AVRO <c>"string"</c> key schema; every such subject shares one id.</summary>
    public BoundSchema RegisterStringKey(string subject)
    {
        var target = NewSubject(subject, compatibility: null);
        const string text = "\"string\"";
        target.Versions.Add(new SchemaVersionScenario { Version = 1, Id = ids.IdFor(SchemaFormat.Avro, text, []), SchemaType = SchemaFormat.Avro, Schema = text });
        return new BoundSchema { Record = null, Format = SchemaFormat.Avro, Subject = target };
    }

    private SubjectScenario NewSubject(string name, string? compatibility)
    {
        var subject = new SubjectScenario { Name = name, Compatibility = compatibility };
        if (!_byName.TryAdd(name, subject)) throw new InvalidOperationException($"Subject '{name}' is registered twice.");
        registry.Subjects.Add(subject);
        return subject;
    }

    private string WriteAvro(RecordSpec record, int version, List<SchemaReferenceScenario> references)
    {
        var shared = new List<RecordSpec>();
        var text = AvroSchemaWriter.Write(record, version, shared);
        foreach (var type in shared)
        {
            var sharedSubject = _byName.GetValueOrDefault(type.SharedSubject!) ?? RegisterShared(type);
            references.Add(new SchemaReferenceScenario { Name = type.FullName, Subject = sharedSubject.Name, Version = sharedSubject.Versions[^1].Version });
        }

        return text;
    }

    // Shared types are registered on first use, under a subject named after the type (RecordNameStrategy style).
    private SubjectScenario RegisterShared(RecordSpec type) =>
        RegisterRecord(type.SharedSubject!, type, SchemaFormat.Avro, new SubjectOptions("team-platform", "common") { EmailCondition = false }).Subject;

    private static JsonObject Metadata(RecordSpec record, string format, int version, SubjectOptions options)
    {
        var metadata = new JsonObject();
        var pii = SchemaFormat.PiiPaths(format, record, version);
        if (pii.Count > 0)
        {
            var tags = new JsonObject();
            foreach (var path in pii) tags[path] = new JsonArray("PII");
            metadata["tags"] = tags;
        }

        var properties = new JsonObject
        {
            ["owner"] = options.Owner,
            ["domain"] = options.Domain,
        };
        var major = MajorVersion(record, version);
        if (major > 1) properties["application.major.version"] = major.ToString(System.Globalization.CultureInfo.InvariantCulture);
        metadata["properties"] = properties;
        return metadata;
    }

    /// <summary>1 plus the number of breaking steps (field removals) up to the version.</summary>
    private static int MajorVersion(RecordSpec record, int version) =>
        1 + record.Fields.Where(f => f.UntilVersion is not null && f.UntilVersion <= version).Select(f => f.UntilVersion).Distinct().Count();

    private static JsonObject? RuleSet(RecordSpec record, string format, int version, SubjectOptions options)
    {
        var domainRules = new JsonArray();
        var emailPath = SchemaFormat.PiiPaths(format, record, version).FirstOrDefault(p => p.EndsWith(".email", StringComparison.Ordinal) || p.EndsWith(".emailAddress", StringComparison.Ordinal));
        if (options.EmailCondition && emailPath is not null)
        {
            var expression = "message" + emailPath[record.Name.Length..];
            domainRules.Add(new JsonObject
            {
                ["name"] = "checkEmail",
                ["kind"] = "CONDITION",
                ["type"] = "CEL",
                ["mode"] = "WRITE",
                ["expr"] = $"{expression}.contains('@')",
                ["onFailure"] = "DLQ",
            });
        }

        if (options.EncryptPii && SchemaFormat.PiiPaths(format, record, version).Count > 0)
        {
            domainRules.Add(new JsonObject
            {
                ["name"] = "encryptPii",
                ["kind"] = "TRANSFORM",
                ["type"] = "ENCRYPT",
                ["mode"] = "WRITEREAD",
                ["tags"] = new JsonArray("PII"),
                ["params"] = new JsonObject
                {
                    ["encrypt.kek.name"] = "retail-pii-kek",
                    ["encrypt.kms.type"] = "aws-kms",
                    ["encrypt.kms.key.id"] = "arn:aws:kms:eu-central-1:111122223333:alias/retail-pii",
                },
                ["onFailure"] = "ERROR,NONE",
            });
        }

        var migrationRules = new JsonArray();
        foreach (var removed in record.Fields.Where(f => f.UntilVersion is not null && f.UntilVersion <= version))
        {
            // The replacement is the field introduced in the same version with the same meaning.
            var replacement = record.Fields.FirstOrDefault(f => f.SinceVersion == removed.UntilVersion && f.Semantic == removed.Semantic);
            if (replacement is null) continue;
            migrationRules.Add(Migration($"upgrade-{removed.Name}-to-{replacement.Name}", "UPGRADE", removed.Name, replacement.Name));
            migrationRules.Add(Migration($"downgrade-{replacement.Name}-to-{removed.Name}", "DOWNGRADE", replacement.Name, removed.Name));
        }

        if (domainRules.Count == 0 && migrationRules.Count == 0) return null;
        var ruleSet = new JsonObject();
        if (domainRules.Count > 0) ruleSet["domainRules"] = domainRules;
        if (migrationRules.Count > 0) ruleSet["migrationRules"] = migrationRules;
        return ruleSet;
    }

    private static JsonObject Migration(string name, string mode, string from, string to) => new()
    {
        ["name"] = name,
        ["kind"] = "TRANSFORM",
        ["type"] = "JSONATA",
        ["mode"] = mode,
        ["expr"] = $"$merge([$sift($, function($v, $k) {{$k != '{from}'}}), {{'{to}': $.'{from}'}}])",
    };
}
