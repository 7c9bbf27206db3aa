namespace Governance.Model.Contracts.Cel;

internal enum CelTokenKind
{
    EndOfInput,
    Identifier,
    QuotedIdentifier,
    Int,
    Uint,
    Double,
    String,
    Bytes,
    True,
    False,
    Null,
    In,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    LeftBrace,
    RightBrace,
    Dot,
    Comma,
    Colon,
    Question,
    Semicolon,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Bang,
    EqualEqual,
    BangEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    AndAnd,
    OrOr,
}

/// <summary>
/// One lexical element. <paramref name="Value"/> carries decoded literals (strings, bytes, uint, double,
/// the name inside a back-quoted identifier); <paramref name="Magnitude"/> carries an int literal's
/// unsigned magnitude, because <c>-9223372036854775808</c> is only representable once the sign is known.
/// </summary>
internal readonly record struct CelToken(
    CelTokenKind Kind, string Text, CelPosition Position, CelValue? Value = null, ulong Magnitude = 0)
{
    private const int MaxDescribedLength = 40;

    /// <summary>The token as shown in error messages.</summary>
    public string Describe() => Kind switch
    {
        CelTokenKind.EndOfInput => "end of input",
        _ when Text.Length > MaxDescribedLength => $"'{Text[..MaxDescribedLength]}…'",
        _ => $"'{Text}'",
    };
}
