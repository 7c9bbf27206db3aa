using System.Runtime.CompilerServices;
using System.Text;

namespace Governance.Model.Contracts.Cel;

/// <summary>
/// Renders values as CEL literals up to a length limit. Lists can share elements, so a small value can
/// stand for a huge one (<c>x + x</c>, repeated); rendering stops at the limit instead of walking it all.
/// </summary>
internal sealed class CelText(int limit)
{
    /// <summary>Limit of <see cref="object.ToString"/> on aggregates.</summary>
    public const int DisplayLimit = 65_536;

    /// <summary>Limit of values quoted in error messages.</summary>
    public const int MessageLimit = 64;

    private readonly StringBuilder _text = new();

    /// <summary>Whether nothing more will be written; also true when nesting leaves too little stack to go deeper.</summary>
    public bool Full => _text.Length >= limit || !RuntimeHelpers.TryEnsureSufficientExecutionStack();

    public CelText Append(string text)
    {
        var room = limit - _text.Length;
        if (room > 0)
            _text.Append(text.Length <= room ? text : text[..room]);
        return this;
    }

    public override string ToString() => Full ? _text + "…" : _text.ToString();

    /// <summary>Text shortened for an error message.</summary>
    public static string Truncate(string text) => text.Length <= MessageLimit ? text : text[..MessageLimit] + "…";

    /// <summary>A value shortened for an error message.</summary>
    public static string Describe(CelValue value)
    {
        var text = new CelText(MessageLimit);
        value.Render(text);
        return text.ToString();
    }
}
