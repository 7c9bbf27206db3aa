using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Collector.Identity;
using Governance.Collector.Schemas;
using Governance.Model.OpenLineage;
using Governance.Model.OpenLineage.GovernanceFacets;
using Governance.Model.Platform;

namespace Governance.Collector.Emission;

/// <summary>
/// One DatasetEvent per topic: its schema (from the registry), type, source, owners, PII tags,
/// the other names it is known by (symlinks), and our topic and registry facets.
/// </summary>
internal static class TopicEventBuilder
{
    public static DatasetEvent Build(EmissionContext context, ClusterSnapshot cluster, TopicInfo topic, ICollection<ScanProblem> problems)
    {
        var ns = ClusterNamespaces.For(cluster.Identity);
        var subjects = TopicSubjects.Find(topic, cluster.SchemaRegistry);
        var facets = new DatasetFacets
        {
            DatasetType = context.Stamp(new DatasetTypeDatasetFacet { DatasetType = "TOPIC" }, "DatasetTypeDatasetFacet"),
            DataSource = context.Stamp(new DatasourceDatasetFacet { Name = cluster.Identity.Alias, Uri = ns }, "DatasourceDatasetFacet"),
        };

        var aliases = ClusterNamespaces.Aliases(cluster.Identity, cluster.Brokers);
        if (aliases.Count > 0)
        {
            facets.Symlinks = context.Stamp(new SymlinksDatasetFacet
            {
                Identifiers = aliases.Select(a => new SymlinkIdentifier { Namespace = a, Name = topic.Name, Type = "TOPIC" }).ToList(),
            }, "SymlinksDatasetFacet");
        }

        if (subjects.ValueVersion is { } value && cluster.SchemaRegistry is { } registry)
        {
            AddSchemaFacets(context, facets, registry, subjects.Value!, value, topic, problems);
        }

        facets.AdditionalFacets[GovernanceFacets.Topic.Key] = CustomFacets.Build(context, GovernanceFacets.Topic, TopicFacet(cluster, topic));
        if (SchemaRegistryFacet(subjects, cluster.SchemaRegistry, topic, problems) is { } registryFacet)
        {
            facets.AdditionalFacets[GovernanceFacets.SchemaRegistry.Key] = CustomFacets.Build(context, GovernanceFacets.SchemaRegistry, registryFacet);
        }

        return new DatasetEvent
        {
            EventTime = context.EventTime,
            Producer = EmissionContext.Producer,
            SchemaUrl = FacetSchemaUrls.DatasetEvent,
            Dataset = new StaticDataset { Namespace = ns, Name = topic.Name, Facets = facets },
        };
    }

    private static void AddSchemaFacets(
        EmissionContext context, DatasetFacets facets, SchemaRegistrySnapshot registry, SubjectInfo subject, SchemaVersionInfo version,
        TopicInfo topic, ICollection<ScanProblem> problems)
    {
        ExtractedSchema extracted;
        try
        {
            extracted = SchemaFieldExtractor.Extract(version.SchemaType, version.Schema, new RegistrySchemaReferenceResolver(registry, version));
            extracted = ConfluentMetadataTags.Apply(extracted, version.Metadata);
        }
        catch (SchemaParseException ex)
        {
            // The topic is still reported, without fields; the scan says why.
            problems.Add(new ScanProblem(ScanArea.SchemaRegistry,
                $"Schema {version.Id} of subject '{subject.Name}' (topic '{topic.Name}') could not be read: {ex.Message}"));
            return;
        }

        facets.Schema = context.Stamp(new SchemaDatasetFacet { Fields = extracted.Fields.ToList() }, "SchemaDatasetFacet");
        if (extracted.Description is { Length: > 0 } description)
        {
            facets.Documentation = context.Stamp(new DocumentationDatasetFacet { Description = description }, "DocumentationDatasetFacet");
        }

        if (DataContractProperties.Owner(version.Metadata) is { Length: > 0 } owner)
        {
            facets.Ownership = context.Stamp(new OwnershipDatasetFacet { Owners = [new Owner { Name = owner, Type = "TEAM" }] }, "OwnershipDatasetFacet");
        }

        var tags = extracted.FieldTags
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .SelectMany(t => t.Value.Select(tag => new DatasetTag { Key = tag, Value = "true", Source = "SCHEMA_REGISTRY", Field = t.Key }))
            .ToList();
        if (tags.Count > 0)
        {
            facets.Tags = context.Stamp(new TagsDatasetFacet { Tags = tags }, "TagsDatasetFacet");
        }
    }

    private static JsonObject TopicFacet(ClusterSnapshot cluster, TopicInfo topic)
    {
        var facet = new JsonObject
        {
            ["cluster"] = new JsonObject { ["alias"] = cluster.Identity.Alias, ["clusterId"] = cluster.Identity.ClusterId },
            ["partitions"] = topic.Partitions.Count,
            ["replicationFactor"] = topic.ReplicationFactor,
        };
        if (topic.Configs is { } configs)
        {
            facet["configs"] = CustomFacets.ToJsonObject(configs);
        }

        if (topic.Partitions.All(p => p is { LowWatermark: not null, HighWatermark: not null }))
        {
            facet["messages"] = topic.Partitions.Sum(p => p.HighWatermark!.Value - p.LowWatermark!.Value);
        }

        // The sampler reads each partition's newest records, so the newest sample tells when data last
        // arrived (a record without a timestamp reports the epoch or earlier).
        if (topic.Samples.Where(s => s.Timestamp > DateTimeOffset.UnixEpoch).Select(s => (DateTimeOffset?)s.Timestamp).Max() is { } newest)
        {
            facet["lastRecordAt"] = newest.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        }

        return facet;
    }

    /// <summary>
    /// The registry side of the topic. Each subject entry carries the version in use (with its schema
    /// text, so the portal can check later versions against it without reaching the registry) and,
    /// when the registry holds a newer version than producers use, that one under <c>latest</c>: a
    /// newly registered version is visible before the first record is written with it.
    /// </summary>
    private static JsonObject? SchemaRegistryFacet(
        TopicSubjects subjects, SchemaRegistrySnapshot? registry, TopicInfo topic, ICollection<ScanProblem> problems)
    {
        var entries = new JsonArray();
        Add("key", subjects.Key, subjects.KeyVersion);
        Add("value", subjects.Value, subjects.ValueVersion);
        return entries.Count == 0 ? null : new JsonObject { ["subjects"] = entries };

        void Add(string role, SubjectInfo? subject, SchemaVersionInfo? version)
        {
            if (subject is null || version is null)
            {
                return;
            }

            var entry = new JsonObject { ["role"] = role, ["subject"] = subject.Name };
            AddVersion(entry, subject, version);
            // Enforcement compares the level producers are held to, so a subject without its own level reports the registry's.
            if ((subject.Compatibility ?? registry?.GlobalCompatibility) is { } compatibility)
            {
                entry["compatibility"] = compatibility;
                if (subject.Compatibility is null)
                {
                    entry["compatibilityInherited"] = true;
                }
            }

            if (version.Metadata is { ValueKind: JsonValueKind.Object } metadata)
            {
                entry["metadata"] = JsonNode.Parse(metadata.GetRawText());
            }

            if (version.RuleSet is { ValueKind: JsonValueKind.Object } ruleSet)
            {
                entry["ruleSet"] = JsonNode.Parse(ruleSet.GetRawText());
            }

            if (subject.Latest is { } latest && latest.Version > version.Version)
            {
                var newest = new JsonObject();
                AddVersion(newest, subject, latest);
                entry["latest"] = newest;
            }

            entries.Add(entry);
        }

        void AddVersion(JsonObject target, SubjectInfo subject, SchemaVersionInfo version)
        {
            target["version"] = version.Version;
            target["schemaId"] = version.Id;
            target["schemaType"] = version.SchemaType;
            if (version.Schema.Length <= MaxSchemaTextLength)
            {
                target["schema"] = version.Schema;
            }
            else
            {
                problems.Add(new ScanProblem(ScanArea.SchemaRegistry,
                    $"Schema {version.Id} of subject '{subject.Name}' (topic '{topic.Name}') is {version.Schema.Length} characters long, "
                    + $"more than the {MaxSchemaTextLength} sent to the portal: its compatibility cannot be checked there."));
            }

            if (References(version, depth: 0) is { } references)
            {
                target["references"] = references;
            }
        }

        // Each reference with the referenced version's text, so the portal can read a schema that uses
        // types defined in other subjects; their own references nest, to a bounded depth.
        JsonArray? References(SchemaVersionInfo version, int depth)
        {
            if (version.References.Count == 0)
            {
                return null;
            }

            var list = new JsonArray();
            foreach (var reference in version.References)
            {
                var entry = new JsonObject { ["name"] = reference.Name, ["subject"] = reference.Subject, ["version"] = reference.Version };
                var referenced = registry?.Subjects.FirstOrDefault(s => s.Name == reference.Subject)?.Versions.FirstOrDefault(v => v.Version == reference.Version);
                if (referenced is not null && referenced.Schema.Length <= MaxSchemaTextLength)
                {
                    entry["schemaId"] = referenced.Id;
                    entry["schemaType"] = referenced.SchemaType;
                    entry["schema"] = referenced.Schema;
                    if (depth < MaxReferenceDepth && References(referenced, depth + 1) is { } nested)
                    {
                        entry["references"] = nested;
                    }
                }

                list.Add(entry);
            }

            return list;
        }
    }

    /// <summary>How deep references of references are followed (registries reject cycles; this bounds a malformed one).</summary>
    private const int MaxReferenceDepth = 8;

    /// <summary>
    /// Longest schema text sent in the registry facet. The topic event travels only when it changed (or
    /// for its heartbeat), but a pathological schema must not make every heartbeat huge.
    /// </summary>
    internal const int MaxSchemaTextLength = 256 * 1024;
}
