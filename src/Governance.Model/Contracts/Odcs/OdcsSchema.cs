using System.Text.Json.Nodes;

namespace Governance.Model.Contracts.Odcs;

/// <summary>
/// The Open Data Contract Standard v3.1.0 JSON Schema (draft 2019-09), embedded in this assembly, so contracts are
/// validated offline. It accepts documents of every <c>apiVersion</c> it lists (v2.2.0 to v3.1.0).
/// </summary>
public static class OdcsSchema
{
    /// <summary>Manifest resource name of the embedded schema.</summary>
    public const string ResourceName = "Contracts.Odcs.Schemas.odcs-json-schema-v3.1.0.json";

    /// <summary>The <c>apiVersion</c> written on export.</summary>
    public const string ApiVersion = "v3.1.0";

    private static readonly Lazy<JsonSchemaEvaluator> Evaluator = new(Load);

    /// <summary>The schema document's JSON text.</summary>
    public static string Text()
    {
        using var stream = typeof(OdcsSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Violations of the schema by <paramref name="document"/> (a parsed contract), each naming its ODCS path.</summary>
    public static IReadOnlyList<ContractProblem> Validate(JsonNode? document) =>
        Evaluator.Value.Validate(document).Select(e => new ContractProblem(ContractProblemKind.Schema, e.Path, e.Message)).ToList();

    private static JsonSchemaEvaluator Load() => new(JsonNode.Parse(Text())!.AsObject());
}
