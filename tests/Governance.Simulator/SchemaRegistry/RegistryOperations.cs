using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.SchemaRegistry;

/// <summary>
/// What each registry endpoint does to the scenario of one cluster's registry. Reads run under
/// <see cref="SimulatedPlatform.Read{T}"/> and writes under <see cref="SimulatedPlatform.Mutate"/>, and
/// build their answers inside the lock, so a response never sees a half-made change.
/// Compatibility is stored and reported but not enforced on registration.
/// </summary>
internal sealed class RegistryOperations(SimulatedPlatform platform, string clusterAlias)
{
    private static readonly string[] Levels = ["NONE", "BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD", "FORWARD_TRANSITIVE", "FULL", "FULL_TRANSITIVE"];
    private static readonly string[] Modes = ["READWRITE", "READONLY", "READONLY_OVERRIDE", "IMPORT"];

    public JsonNode ListSubjects(bool deleted, bool deletedOnly, string? prefix, int offset, int limit) => Read(registry =>
    {
        var names = registry.Subjects
            .Where(s => s.Versions.Count > 0)
            .Where(s => deletedOnly ? s.Deleted : deleted || !s.Deleted)
            .Where(s => string.IsNullOrEmpty(prefix) || s.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(s => s.Name)
            .Order(StringComparer.Ordinal)
            .Skip(Math.Max(0, offset));
        if (limit >= 0) names = names.Take(limit);
        return new JsonArray([.. names.Select(n => (JsonNode)n)]);
    });

    public JsonNode ListVersions(string subject, bool deleted) => Read(registry =>
        new JsonArray([.. Subject(registry, subject, deleted).Versions.Select(v => (JsonNode)v.Version)]));

    public JsonNode GetVersion(string subject, string version, bool deleted) => Read(registry =>
    {
        var s = Subject(registry, subject, deleted);
        return RegistryJson.Schema(s.Name, Version(s, version));
    });

    public string GetVersionSchema(string subject, string version, bool deleted) => Read(registry => Version(Subject(registry, subject, deleted), version).Schema);

    /// <summary>Ids of the schemas that reference the given subject version.</summary>
    public JsonNode ReferencedBy(string subject, string version) => Read(registry =>
    {
        var target = Version(Subject(registry, subject, deleted: false), version);
        var ids = registry.Subjects.Where(s => !s.Deleted).SelectMany(s => s.Versions)
            .Where(v => v.References.Any(r => r.Subject == subject && r.Version == target.Version))
            .Select(v => v.Id).Distinct().Order();
        return new JsonArray([.. ids.Select(i => (JsonNode)i)]);
    });

    public JsonNode GetSchemaById(int id, string? subject) => Read(registry => RegistryJson.SchemaString(ById(registry, id, subject).Version));

    public string GetSchemaTextById(int id) => Read(registry => ById(registry, id, null).Version.Schema);

    public JsonNode SubjectsById(int id, bool deleted) => Read(registry =>
    {
        var uses = Uses(registry, id, deleted);
        if (uses.Count == 0) throw RegistryError.SchemaNotFound(id);
        return new JsonArray([.. uses.Select(u => u.Subject.Name).Distinct().Select(n => (JsonNode)n)]);
    });

    public JsonNode VersionsById(int id, bool deleted) => Read(registry =>
    {
        var uses = Uses(registry, id, deleted);
        if (uses.Count == 0) throw RegistryError.SchemaNotFound(id);
        return new JsonArray([.. uses.Select(u => (JsonNode)new JsonObject { ["subject"] = u.Subject.Name, ["version"] = u.Version.Version })]);
    });

    /// <summary>
    /// Registers a schema: the same schema again under the subject returns its id without a new version;
    /// a schema already known under another subject keeps its id; otherwise the next free id. A new version
    /// without metadata or rules inherits the previous version's, as data contracts do.
    /// </summary>
    public JsonNode Register(string subject, JsonNode? body)
    {
        var request = RegisterRequest.Parse(body);
        JsonNode? answer = null;
        platform.Mutate(scenario =>
        {
            var registry = Registry(scenario);
            SchemaText.Validate(request.SchemaType, request.Schema);
            CheckReferences(registry, request.References);
            if (registry.Mode is "READONLY" or "READONLY_OVERRIDE") throw RegistryError.ReadOnly(subject);

            var target = registry.Subject(subject);
            if (target is { Deleted: false } && target.Versions.FirstOrDefault(request.Matches) is { } existing)
            {
                answer = new JsonObject { ["id"] = existing.Id };
                return;
            }

            // Known schema text keeps its id, even when only a deleted subject still holds it.
            var id = registry.Subjects.SelectMany(s => s.Versions).FirstOrDefault(request.Matches)?.Id ?? SchemaRegistryIds.Next(scenario);
            var latest = target?.Versions.LastOrDefault();
            var version = latest is null ? 1 : target!.Versions.Max(v => v.Version) + 1;
            if (target is null)
            {
                target = new SubjectScenario { Name = subject };
                registry.Subjects.Add(target);
            }
            else if (target.Deleted)
            {
                // Registering under a soft-deleted subject starts it over; version numbers keep counting.
                target.Deleted = false;
                target.Versions.Clear();
            }

            target.Versions.Add(new SchemaVersionScenario
            {
                Version = version,
                Id = id,
                SchemaType = request.SchemaType,
                Schema = request.Schema,
                References = [.. request.References],
                Metadata = (request.Metadata ?? latest?.Metadata)?.DeepClone().AsObject(),
                RuleSet = (request.RuleSet ?? latest?.RuleSet)?.DeepClone().AsObject(),
            });
            answer = new JsonObject { ["id"] = id };
        });
        return answer!;
    }

    public JsonNode Lookup(string subject, JsonNode? body, bool deleted)
    {
        var request = RegisterRequest.Parse(body);
        return Read(registry =>
        {
            var s = Subject(registry, subject, deleted);
            var match = s.Versions.FirstOrDefault(request.Matches) ?? throw RegistryError.SchemaNotFound();
            return RegistryJson.Schema(s.Name, match);
        });
    }

    public JsonNode DeleteSubject(string subject, bool permanent)
    {
        JsonNode? answer = null;
        platform.Mutate(scenario =>
        {
            var registry = Registry(scenario);
            var target = registry.Subject(subject);
            if (target is null || target.Versions.Count == 0) throw RegistryError.SubjectNotFound(subject);
            if (!permanent && target.Deleted) throw RegistryError.SubjectSoftDeleted(subject);
            if (permanent && !target.Deleted) throw RegistryError.SubjectNotSoftDeleted(subject);
            answer = new JsonArray([.. target.Versions.Select(v => (JsonNode)v.Version)]);
            if (permanent) registry.Subjects.Remove(target);
            else target.Deleted = true;
        });
        return answer!;
    }

    public JsonNode GetConfig(string? subject, bool defaultToGlobal) => Read(registry =>
    {
        if (subject is null) return Level(registry.Compatibility);
        var level = registry.Subject(subject)?.Compatibility;
        if (level is not null) return Level(level);
        if (defaultToGlobal) return Level(registry.Compatibility);
        throw RegistryError.SubjectCompatibilityNotConfigured(subject);
    });

    /// <summary>Sets the global or a subject's level (a subject may be configured before it has versions); echoes the request.</summary>
    public JsonNode PutConfig(string? subject, JsonNode? body)
    {
        var level = (body?["compatibility"]?.GetValue<string>() ?? throw RegistryError.InvalidCompatibility()).ToUpperInvariant();
        if (!Levels.Contains(level)) throw RegistryError.InvalidCompatibility();
        platform.Mutate(scenario =>
        {
            var registry = Registry(scenario);
            if (subject is null)
            {
                registry.Compatibility = level;
                return;
            }

            var target = registry.Subject(subject);
            if (target is null)
            {
                target = new SubjectScenario { Name = subject };
                registry.Subjects.Add(target);
            }

            target.Compatibility = level;
        });
        return new JsonObject { ["compatibility"] = level };
    }

    public JsonNode DeleteConfig(string subject)
    {
        JsonNode? answer = null;
        platform.Mutate(scenario =>
        {
            var target = Registry(scenario).Subject(subject);
            if (target?.Compatibility is null) throw RegistryError.SubjectNotFound(subject);
            answer = Level(target.Compatibility);
            target.Compatibility = null;
        });
        return answer!;
    }

    public JsonNode GetMode(string? subject, bool defaultToGlobal) => Read(registry =>
    {
        // Subject-level modes are not modelled: only the global mode exists.
        if (subject is null || defaultToGlobal) return new JsonObject { ["mode"] = registry.Mode };
        throw RegistryError.SubjectModeNotConfigured(subject);
    });

    public JsonNode PutMode(JsonNode? body)
    {
        var mode = (body?["mode"]?.GetValue<string>() ?? throw RegistryError.InvalidMode()).ToUpperInvariant();
        if (!Modes.Contains(mode)) throw RegistryError.InvalidMode();
        platform.Mutate(scenario => Registry(scenario).Mode = mode);
        return new JsonObject { ["mode"] = mode };
    }

    private T Read<T>(Func<SchemaRegistryScenario, T> read) => platform.Read(scenario => read(Registry(scenario)));

    private SchemaRegistryScenario Registry(PlatformScenario scenario) =>
        scenario.Cluster(clusterAlias).SchemaRegistry ?? throw new InvalidOperationException($"'{clusterAlias}' has no Schema Registry.");

    private static SubjectScenario Subject(SchemaRegistryScenario registry, string name, bool deleted)
    {
        var subject = registry.Subject(name);
        if (subject is null || subject.Versions.Count == 0 || (subject.Deleted && !deleted)) throw RegistryError.SubjectNotFound(name);
        return subject;
    }

    private static SchemaVersionScenario Version(SubjectScenario subject, string version)
    {
        if (version == "latest" || version == "-1") return subject.Versions[^1];
        if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            throw RegistryError.InvalidVersion(version);
        }

        return subject.Versions.FirstOrDefault(v => v.Version == number) ?? throw RegistryError.VersionNotFound(version);
    }

    private static (SubjectScenario Subject, SchemaVersionScenario Version) ById(SchemaRegistryScenario registry, int id, string? subject)
    {
        var uses = Uses(registry, id, deleted: true);
        if (subject is not null) uses = uses.Where(u => u.Subject.Name == subject).ToList();
        // Prefer a live subject, as the registry answers with any subject that has the id.
        return uses.OrderBy(u => u.Subject.Deleted).FirstOrDefault() is { Subject: not null } use ? use : throw RegistryError.SchemaNotFound(id);
    }

    private static List<(SubjectScenario Subject, SchemaVersionScenario Version)> Uses(SchemaRegistryScenario registry, int id, bool deleted) =>
        registry.Subjects
            .Where(s => deleted || !s.Deleted)
            .SelectMany(s => s.Versions.Where(v => v.Id == id).Select(v => (s, v)))
            .ToList();

    private static void CheckReferences(SchemaRegistryScenario registry, IReadOnlyList<SchemaReferenceScenario> references)
    {
        foreach (var reference in references)
        {
            var target = registry.Subject(reference.Subject);
            if (target is null || target.Deleted || target.Versions.All(v => v.Version != reference.Version))
            {
                throw RegistryError.InvalidSchema($"reference '{reference.Name}' to {reference.Subject} version {reference.Version} does not exist");
            }
        }
    }

    private static JsonObject Level(string level) => new() { ["compatibilityLevel"] = level };
}
