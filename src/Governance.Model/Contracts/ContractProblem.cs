namespace Governance.Model.Contracts;

/// <summary>What went wrong with contract input.</summary>
public enum ContractProblemKind
{
    /// <summary>The text is not well-formed YAML (or cannot be read as JSON data).</summary>
    Syntax,

    /// <summary>The document violates the Open Data Contract Standard JSON Schema.</summary>
    Schema,

    /// <summary>The document uses an ODCS construct the contract model does not support.</summary>
    Unsupported,

    /// <summary>The contract is well-formed but its content is wrong or contradictory (see <see cref="ContractValidator"/>).</summary>
    Invalid,
}

/// <summary>One problem with a contract, located by its ODCS path.</summary>
/// <param name="Kind">What kind of problem it is.</param>
/// <param name="Path">
/// Path of the offending member in ODCS form, e.g. <c>schema[0].properties[2].logicalTypeOptions.minimum</c>;
/// empty for the document as a whole.
/// </param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="Line">1-based line in the YAML source, when the problem comes from a document.</param>
/// <param name="Column">1-based column in the YAML source, when the problem comes from a document.</param>
public sealed record ContractProblem(ContractProblemKind Kind, string Path, string Message, int? Line = null, int? Column = null)
{
    /// <summary><c>path (line L, column C): message</c>.</summary>
    public override string ToString()
    {
        var where = Path.Length == 0 ? "document" : Path;
        return Line is null ? $"{where}: {Message}" : $"{where} (line {Line}, column {Column}): {Message}";
    }
}
