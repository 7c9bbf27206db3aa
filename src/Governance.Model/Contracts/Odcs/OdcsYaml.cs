using System.Text.Json.Nodes;

namespace Governance.Model.Contracts.Odcs;

/// <summary>
/// Imports and exports contracts as Open Data Contract Standard (ODCS) v3 YAML.
/// </summary>
/// <remarks>
/// <para><b>Import</b> runs four stages and stops at the first that finds problems, reporting all of that stage's
/// problems, so nothing is ever half-imported: (1) YAML syntax, with line and column; (2) the ODCS v3.1.0 JSON
/// Schema (which accepts every <c>apiVersion</c> from v2.2.0); (3) mapping onto <see cref="DataContract"/>;
/// (4) <see cref="ContractValidator"/>, with paths translated back to where the member was in the document.</para>
/// <para><b>Mapping policy.</b> A contract governs one Kafka topic. What ODCS says about that topic maps onto the
/// model; what the model does not interpret but that does not change what the contract promises is kept as written
/// (<see cref="PreservedMember"/>, <see cref="ContractCustomProperty"/>, <see cref="ContractSlaProperty"/>) and
/// exported again; what would change the contract's meaning if dropped or kept uninterpreted is rejected with the
/// reason:</para>
/// <list type="bullet">
/// <item>Mapped: <c>id</c>, <c>name</c>, <c>version</c>, <c>status</c> (draft/active/deprecated; <c>proposed</c> and
/// <c>development</c> read as draft, <c>production</c> as active, with a note), <c>domain</c>, <c>tags</c>,
/// <c>description.purpose/usage/limitations</c>, <c>servers</c> of type kafka (server, host, environment, format,
/// description), the schema object (name, physicalName = topic, physicalType, description, tags), its properties
/// (name, logicalType, physicalType, description, required, classification, tags, <c>logicalTypeOptions</c> pattern,
/// minLength, maxLength, format, minimum/maximum and their exclusive forms), <c>team</c> (object or the older list
/// form), <c>slaProperties</c> <c>latency</c> (freshness, with a time unit), and the custom properties named in
/// <see cref="OdcsCustomProperties"/>.</item>
/// <item>Field rules written as library quality entries: <c>nullValues</c> with <c>mustBe: 0</c> is
/// <c>required: true</c>; <c>invalidValues</c> with <c>arguments.validValues</c> and <c>mustBe: 0</c> is the allowed
/// values. Their other members (description, dimension, schedule, ...) are dropped with a note.</item>
/// <item>Quality rules: <c>type: custom</c> with <c>engine: cel</c> and the expression as <c>implementation</c>.</item>
/// <item>Kept as written: every other member of the objects above (e.g. <c>roles</c>, <c>support</c>,
/// <c>price</c>, <c>authoritativeDefinitions</c>, <c>primaryKey</c>, <c>examples</c>, <c>relationships</c>,
/// other <c>logicalTypeOptions</c>, a rule's <c>dimension</c>), other custom properties and other SLA properties.</item>
/// <item>Rejected: more than one schema object; servers not of type kafka; nested <c>properties</c> or
/// <c>items</c> in a property (only top-level fields are modeled); quality entries of type sql or text, custom
/// entries of another engine, other library metrics or thresholds; a classification other than public,
/// confidential, pii, pci; a status with no place in the lifecycle (e.g. retired); a latency without a time unit;
/// malformed modeled custom properties. Contradictions (both <c>minimum</c> and <c>exclusiveMinimum</c>,
/// <c>nullValues</c> against <c>required: false</c>, two allowed-value lists) are reported as invalid.</item>
/// </list>
/// <para><b>Export</b> writes ODCS v3.1.0 in one fixed layout (<see cref="ContractPaths"/>) that the schema accepts
/// and import reads back to an equal contract. Only valid contracts are exported.</para>
/// </remarks>
public static class OdcsYaml
{
    /// <summary>Imports an ODCS YAML document.</summary>
    /// <param name="yaml">The document text.</param>
    /// <param name="options">Platform checks for <see cref="ContractValidator"/> (e.g. known subjects).</param>
    public static OdcsImportResult Import(string yaml, ContractValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var (root, map, syntax) = YamlJsonReader.Read(yaml);
        if (syntax is not null)
        {
            return Rejected([syntax]);
        }

        var schemaProblems = OdcsSchema.Validate(root);
        if (schemaProblems.Count > 0 || root is not JsonObject document)
        {
            return Rejected(schemaProblems.Select(map.Locate));
        }

        var reader = new OdcsReader();
        var contract = reader.Read(document);
        var notes = reader.Notes.Select(map.Locate).ToList();
        if (contract is null)
        {
            return Rejected(reader.Problems.Select(map.Locate), notes);
        }

        var invalid = ContractValidator.Validate(contract, options);
        return invalid.Count > 0
            ? Rejected(invalid.Select(p => map.Locate(p with { Path = reader.Paths.ToSource(p.Path) })), notes)
            : new OdcsImportResult(contract, [], notes);
    }

    /// <summary>Exports <paramref name="contract"/> as ODCS v3.1.0 YAML.</summary>
    /// <exception cref="ContractValidationException">The contract has problems (see <see cref="ContractValidator"/>).</exception>
    public static string Export(DataContract contract)
    {
        ContractValidator.EnsureValid(contract);
        return YamlJsonWriter.Write(OdcsWriter.Write(contract));
    }

    /// <summary>
    /// Checks a YAML document against YAML syntax and the ODCS JSON Schema only (no mapping): for any ODCS document,
    /// including those the contract model does not support.
    /// </summary>
    public static IReadOnlyList<ContractProblem> ValidateDocument(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var (root, map, syntax) = YamlJsonReader.Read(yaml);
        return syntax is not null ? [syntax] : OdcsSchema.Validate(root).Select(map.Locate).ToList();
    }

    private static OdcsImportResult Rejected(IEnumerable<ContractProblem> problems, IReadOnlyList<ContractProblem>? notes = null) =>
        new(null, problems.ToList(), notes ?? []);
}
