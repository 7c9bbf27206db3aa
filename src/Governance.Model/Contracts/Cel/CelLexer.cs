using System.Globalization;

namespace Governance.Model.Contracts.Cel;

/// <summary>
/// Splits CEL source into tokens following the lexis of the CEL language definition
/// (identifiers, int/uint/double/string/bytes literals, operators, <c>//</c> comments).
/// A lexer can work on a segment of a larger text so that positions stay relative to the whole text;
/// the <c>guard ; expression</c> form of field rules relies on that.
/// </summary>
internal sealed partial class CelLexer
{
    private static readonly Dictionary<string, CelTokenKind> Keywords = new(StringComparer.Ordinal)
    {
        ["true"] = CelTokenKind.True,
        ["false"] = CelTokenKind.False,
        ["null"] = CelTokenKind.Null,
        ["in"] = CelTokenKind.In,
    };

    private readonly string _source;
    private readonly int _end;
    private readonly List<CelToken> _tokens = [];
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private CelLexer(string source, int start, int end)
    {
        _source = source;
        _end = end;
        while (_pos < start)
        {
            Advance();
        }
    }

    public static List<CelToken> Tokenize(string source, int start, int end)
    {
        var lexer = new CelLexer(source, start, end);
        lexer.Run();
        return lexer._tokens;
    }

    public static CelPosition PositionAt(string source, int offset) => new CelLexer(source, offset, offset).Here;

    private CelPosition Here => new(_pos, _line, _pos - _lineStart + 1);

    private char Peek(int ahead) => _pos + ahead < _end ? _source[_pos + ahead] : '\0';

    private void Advance()
    {
        var c = _source[_pos++];
        var endsLine = c == '\n' || (c == '\r' && (_pos >= _source.Length || _source[_pos] != '\n'));
        if (endsLine)
        {
            _line++;
            _lineStart = _pos;
        }
    }

    private void Advance(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Advance();
        }
    }

    private void Add(CelTokenKind kind, CelPosition start, CelValue? value = null, ulong magnitude = 0) =>
        _tokens.Add(new CelToken(kind, _source[start.Offset.._pos], start, value, magnitude));

    private void Run()
    {
        while (true)
        {
            SkipTrivia();
            if (_pos >= _end)
            {
                _tokens.Add(new CelToken(CelTokenKind.EndOfInput, "", Here));
                return;
            }

            var start = Here;
            var c = _source[_pos];
            if (IsIdentifierStart(c))
                ReadWord(start);
            else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
                ReadNumber(start);
            else if (c is '"' or '\'')
                ReadString(start, raw: false, bytes: false);
            else if (c == '`')
                ReadQuotedIdentifier(start);
            else
                ReadPunctuation(start, c);
        }
    }

    private void SkipTrivia()
    {
        while (_pos < _end)
        {
            var c = _source[_pos];
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                Advance();
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (_pos < _end && _source[_pos] is not ('\n' or '\r'))
                {
                    Advance();
                }
            }
            else
            {
                return;
            }
        }
    }

    internal static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    internal static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private void ReadWord(CelPosition start)
    {
        while (_pos < _end && IsIdentifierPart(_source[_pos]))
        {
            Advance();
        }

        var word = _source[start.Offset.._pos];
        if (_pos < _end && _source[_pos] is '"' or '\'' && TryStringPrefix(word, out var raw, out var bytes))
        {
            ReadString(start, raw, bytes);
            return;
        }

        Add(Keywords.GetValueOrDefault(word, CelTokenKind.Identifier), start);
    }

    /// <summary>String prefixes: <c>r</c>/<c>R</c> (raw), <c>b</c>/<c>B</c> (bytes), or one of each in either order.</summary>
    private static bool TryStringPrefix(string word, out bool raw, out bool bytes)
    {
        raw = word.Contains('r', StringComparison.OrdinalIgnoreCase);
        bytes = word.Contains('b', StringComparison.OrdinalIgnoreCase);
        return word.Length switch
        {
            1 => raw || bytes,
            2 => raw && bytes,
            _ => false,
        };
    }

    private void ReadNumber(CelPosition start)
    {
        if (_source[_pos] == '0' && Peek(1) is 'x' or 'X')
        {
            ReadHexNumber(start);
            return;
        }

        var isDouble = false;
        SkipDigits();
        if (_pos < _end && _source[_pos] == '.' && char.IsAsciiDigit(Peek(1)))
        {
            isDouble = true;
            Advance();
            SkipDigits();
        }

        if (_pos < _end && _source[_pos] is 'e' or 'E')
        {
            var signLength = Peek(1) is '+' or '-' ? 1 : 0;
            if (!char.IsAsciiDigit(Peek(1 + signLength)))
                throw new CelParseException("malformed number: the exponent needs digits", start, $"'{_source[start.Offset..(_pos + 1)]}'");
            isDouble = true;
            Advance(1 + signLength);
            SkipDigits();
        }

        var text = _source[start.Offset.._pos];
        if (isDouble)
        {
            var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (double.IsInfinity(value))
                throw new CelParseException("floating-point literal is out of range", start, $"'{text}'");
            Add(CelTokenKind.Double, start, new CelDouble(value));
            return;
        }

        if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var magnitude))
            throw new CelParseException("integer literal is out of range", start, $"'{text}'");
        AddInteger(start, magnitude);
    }

    private void ReadHexNumber(CelPosition start)
    {
        Advance(2);
        var digitsStart = _pos;
        while (_pos < _end && char.IsAsciiHexDigit(_source[_pos]))
        {
            Advance();
        }

        var digits = _source[digitsStart.._pos];
        if (digits.Length == 0)
            throw new CelParseException("malformed hexadecimal literal: expected hexadecimal digits after '0x'", start);
        if (!ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var magnitude))
            throw new CelParseException("integer literal is out of range", start, $"'{_source[start.Offset.._pos]}'");
        AddInteger(start, magnitude);
    }

    private void AddInteger(CelPosition start, ulong magnitude)
    {
        if (_pos < _end && _source[_pos] is 'u' or 'U')
        {
            Advance();
            Add(CelTokenKind.Uint, start, new CelUint(magnitude));
            return;
        }

        Add(CelTokenKind.Int, start, magnitude: magnitude);
    }

    private void SkipDigits()
    {
        while (_pos < _end && char.IsAsciiDigit(_source[_pos]))
        {
            Advance();
        }
    }

    private void ReadPunctuation(CelPosition start, char c)
    {
        var next = Peek(1);
        (CelTokenKind Kind, int Length)? token = c switch
        {
            '(' => (CelTokenKind.LeftParen, 1),
            ')' => (CelTokenKind.RightParen, 1),
            '[' => (CelTokenKind.LeftBracket, 1),
            ']' => (CelTokenKind.RightBracket, 1),
            '{' => (CelTokenKind.LeftBrace, 1),
            '}' => (CelTokenKind.RightBrace, 1),
            '.' => (CelTokenKind.Dot, 1),
            ',' => (CelTokenKind.Comma, 1),
            ':' => (CelTokenKind.Colon, 1),
            '?' => (CelTokenKind.Question, 1),
            ';' => (CelTokenKind.Semicolon, 1),
            '+' => (CelTokenKind.Plus, 1),
            '-' => (CelTokenKind.Minus, 1),
            '*' => (CelTokenKind.Star, 1),
            '/' => (CelTokenKind.Slash, 1),
            '%' => (CelTokenKind.Percent, 1),
            '=' when next == '=' => (CelTokenKind.EqualEqual, 2),
            '!' => next == '=' ? (CelTokenKind.BangEqual, 2) : (CelTokenKind.Bang, 1),
            '<' => next == '=' ? (CelTokenKind.LessEqual, 2) : (CelTokenKind.Less, 1),
            '>' => next == '=' ? (CelTokenKind.GreaterEqual, 2) : (CelTokenKind.Greater, 1),
            '&' when next == '&' => (CelTokenKind.AndAnd, 2),
            '|' when next == '|' => (CelTokenKind.OrOr, 2),
            _ => null,
        };
        if (token is not { } found)
            throw new CelParseException(UnexpectedCharacterReason(c), start, DescribeCharacter(c));

        Advance(found.Length);
        Add(found.Kind, start);
    }

    private static string UnexpectedCharacterReason(char c) => c switch
    {
        '=' => "unexpected character (use '==' to compare)",
        '&' => "unexpected character (use '&&' for logical and)",
        '|' => "unexpected character (use '||' for logical or)",
        _ => "unexpected character",
    };

    private static string DescribeCharacter(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) ? $"U+{(int)c:X4}" : $"'{c}'";
}
