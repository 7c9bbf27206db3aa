using Newtonsoft.Json.Linq;

namespace Governance.Model.OpenLineage.Validation;

// Facet step: finds every facet container of an event and validates spec facets against their own schema.
public sealed partial class OpenLineageValidator
{
    private void ValidateFacets(JObject root, IssueSink sink)
    {
        foreach (var (kind, containerPath, container) in FacetContainers(root))
        {
            foreach (var property in container.Properties())
            {
                if (property.Value is not JObject facetToken)
                {
                    continue; // the core schema already reports "expected object"
                }

                if (facetToken["_deleted"] is JValue { Type: JTokenType.Boolean } deleted && (bool)deleted!)
                {
                    continue; // deletion marker: only the base facet applies (checked by the core schema)
                }

                var facetPath = JsonTokens.AppendProperty(containerPath, property.Name);
                if (!_schemas.TryGetFacet(kind, property.Name, out var facet))
                {
                    var other = _schemas.FindFacetOfOtherKind(kind, property.Name);
                    if (other is null)
                    {
                        continue; // custom facet
                    }

                    facet = other;
                    sink.Warning(new ValidationIssue(
                        facetPath,
                        $"facet '{property.Name}' is defined by the spec for {Describe(facet.Kind)}, not for {Describe(kind)}; validated as {facet.DefinitionName}",
                        facet.DefinitionName));
                }

                var legacy = DescribeLegacyVersion(facetToken, facet);
                IReadOnlyList<string> undeclared = legacy is null
                    ? []
                    : facetToken.Properties().Select(p => p.Name).Where(n => !facet.DeclaredProperties.Contains(n)).ToList();
                var errors = _validator.ValidateFromRoot(facetToken, facet.Schema);
                Flatten(errors, new Scope(root, facetToken, new FacetContext(facet, facetToken, legacy, undeclared), facet.DefinitionName), sink);
            }
        }
    }

    private static IEnumerable<(FacetKind Kind, string Path, JObject Container)> FacetContainers(JObject root)
    {
        if (root["run"] is JObject run && run["facets"] is JObject runFacets)
        {
            yield return (FacetKind.Run, "$.run.facets", runFacets);
        }

        if (root["job"] is JObject job && job["facets"] is JObject jobFacets)
        {
            yield return (FacetKind.Job, "$.job.facets", jobFacets);
        }

        foreach (var side in new[] { "inputs", "outputs" })
        {
            if (root[side] is not JArray datasets)
            {
                continue;
            }

            for (var i = 0; i < datasets.Count; i++)
            {
                if (datasets[i] is not JObject dataset)
                {
                    continue;
                }

                var path = JsonTokens.AppendIndex("$." + side, i);
                if (dataset["facets"] is JObject facets)
                {
                    yield return (FacetKind.Dataset, path + ".facets", facets);
                }

                var ioKey = side == "inputs" ? "inputFacets" : "outputFacets";
                if (dataset[ioKey] is JObject ioFacets)
                {
                    yield return (side == "inputs" ? FacetKind.InputDataset : FacetKind.OutputDataset, path + "." + ioKey, ioFacets);
                }
            }
        }

        if (root["dataset"] is JObject staticDataset && staticDataset["facets"] is JObject datasetFacets)
        {
            yield return (FacetKind.Dataset, "$.dataset.facets", datasetFacets);
        }
    }

    /// <summary>The container a facet kind lives in, as named in issue messages.</summary>
    private static string Describe(FacetKind kind) => kind switch
    {
        FacetKind.Run => "run facets",
        FacetKind.Job => "job facets",
        FacetKind.Dataset => "dataset facets",
        FacetKind.InputDataset => "inputFacets",
        _ => "outputFacets",
    };

    /// <summary>The facet being validated against its spec schema.</summary>
    private sealed record FacetContext(FacetSchema Facet, JObject Token, string? LegacyVersion, IReadOnlyList<string> Undeclared);
}
