using Governance.Model.Contracts;
using Governance.Web.Catalog;
using Governance.Web.Data.Entities;

namespace Governance.Web.Contracts.Enforcement;

/// <summary>
/// Fields whose names look personal (see <see cref="PiiFieldNames"/>) must carry a classification:
/// one in the contract (any class: <c>public</c> is a decision too), or a classification tag in the
/// catalog (PII, PCI, CONFIDENTIAL, …) on the field or on a field that contains it. Only leaf fields
/// are judged: a record is covered by its fields. A warning, since a name is only a hint.
/// </summary>
internal static class ClassificationRules
{
    /// <summary>Prefix of every rule key this family owns (swept when the family is checked).</summary>
    public const string KeyPrefix = "classification:";

    /// <summary>Rule key of one field's classification.</summary>
    public static string Key(string path) => KeyPrefix + path;

    /// <summary>Outcomes for every personal-looking leaf field of the schema.</summary>
    public static IReadOnlyList<RuleOutcome> Check(
        DataContract contract, IReadOnlyList<SchemaField> schema, IReadOnlyList<CatalogLabel> labels, int? datasetVersion, long? eventId)
    {
        var classifiedInContract = contract.Fields.Where(f => f.Classification is not null).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var taggedPaths = labels.Where(l => l is { Kind: CatalogTermKind.Classification, Field: not null }).Select(l => (l.Field!, l.Value)).ToList();
        var outcomes = new List<RuleOutcome>();
        foreach (var field in schema.Where(f => f.IsLeaf && PiiFieldNames.LooksPersonal(f.Name)))
        {
            var top = field.Path.Split('.')[0];
            var inContract = classifiedInContract.Contains(field.Path) || (field.Depth == 0 && classifiedInContract.Contains(top));
            var tags = taggedPaths.Where(t => field.Path == t.Item1 || field.Path.StartsWith(t.Item1 + ".", StringComparison.Ordinal))
                .Select(t => t.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var kept = inContract || tags.Count > 0;
            var message = kept
                ? $"Field '{field.Path}' is classified ({(inContract ? "in the contract" : string.Join(", ", tags))})."
                : $"Field '{field.Path}' looks like personal data but has no classification: classify it in the contract or tag it PII or PCI.";
            outcomes.Add(new RuleOutcome(Key(field.Path), ViolationKinds.Classification, ViolationSeverities.Warning, kept, message,
                new { field = field.Path, classifiedInContract = inContract, tags, datasetVersion, rawEventId = eventId }));
        }

        return outcomes;
    }
}
