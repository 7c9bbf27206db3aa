namespace Governance.Model.Contracts.Cel;

/// <summary>A location in CEL source text.</summary>
/// <param name="Offset">Zero-based UTF-16 offset into the whole source text.</param>
/// <param name="Line">One-based line number (CR, LF and CRLF each end a line).</param>
/// <param name="Column">One-based column, counted in UTF-16 code units from the start of the line.</param>
public readonly record struct CelPosition(int Offset, int Line, int Column)
{
    /// <summary>Formats the position as <c>line:column</c>, e.g. <c>1:17</c>.</summary>
    public override string ToString() => $"{Line}:{Column}";
}
