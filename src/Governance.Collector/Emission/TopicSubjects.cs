using Governance.Model.Platform;

namespace Governance.Collector.Emission;

/// <summary>The registry subjects that describe a topic's keys and values.</summary>
internal sealed record TopicSubjects(SubjectInfo? Key, SchemaVersionInfo? KeyVersion, SubjectInfo? Value, SchemaVersionInfo? ValueVersion)
{
    /// <summary>
    /// Finds a topic's subjects: by the default TopicNameStrategy (<c>{topic}-key</c>,
    /// <c>{topic}-value</c>), else by the schema ids sampled records carry (RecordNameStrategy and
    /// TopicRecordNameStrategy register under other subject names). For sampled ids the version
    /// actually in use is taken; otherwise the latest.
    /// </summary>
    public static TopicSubjects Find(TopicInfo topic, SchemaRegistrySnapshot? registry)
    {
        if (registry is null)
        {
            return new TopicSubjects(null, null, null, null);
        }

        var (key, keyVersion) = Resolve(registry, $"{topic.Name}-key", topic.Samples.Select(s => s.KeySchemaId));
        var (value, valueVersion) = Resolve(registry, $"{topic.Name}-value", topic.Samples.Select(s => s.ValueSchemaId));
        return new TopicSubjects(key, keyVersion, value, valueVersion);
    }

    private static (SubjectInfo?, SchemaVersionInfo?) Resolve(SchemaRegistrySnapshot registry, string defaultSubject, IEnumerable<int?> sampledIds)
    {
        // The newest schema id seen in samples is the version producers use now.
        var sampled = sampledIds.OfType<int>().Distinct().OrderDescending().ToList();
        var byName = registry.Subjects.FirstOrDefault(s => s.Name == defaultSubject);
        foreach (var id in sampled)
        {
            if (byName?.Versions.FirstOrDefault(v => v.Id == id) is { } inNamed)
            {
                return (byName, inNamed);
            }

            foreach (var subject in registry.Subjects)
            {
                if (subject.Versions.FirstOrDefault(v => v.Id == id) is { } version)
                {
                    return (subject, version);
                }
            }
        }

        return byName is null ? (null, null) : (byName, byName.Latest);
    }
}
