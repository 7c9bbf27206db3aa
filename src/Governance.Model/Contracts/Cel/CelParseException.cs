namespace Governance.Model.Contracts.Cel;

/// <summary>
/// CEL source text that cannot be parsed. The message names what was expected, where, and what was
/// found instead, e.g. <c>expected ')' at 1:17, found 'message'</c>.
/// </summary>
public sealed class CelParseException : Exception
{
    internal CelParseException(string reason, CelPosition position, string? found = null)
        : base(found is null ? $"{reason} at {position}" : $"{reason} at {position}, found {found}")
    {
        Reason = reason;
        Position = position;
        Found = found;
    }

    /// <summary>What is wrong, without the position, e.g. <c>expected ')'</c>.</summary>
    public string Reason { get; }

    /// <summary>Where the problem is in the source text.</summary>
    public CelPosition Position { get; }

    /// <summary>The offending token as quoted text (e.g. <c>'message'</c> or <c>end of input</c>), when there is one.</summary>
    public string? Found { get; }
}
