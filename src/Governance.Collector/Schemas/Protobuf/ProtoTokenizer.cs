using System.Globalization;
using System.Text;

namespace Governance.Collector.Schemas.Protobuf;

/// <summary>Kinds of <see cref="ProtoToken"/>.</summary>
internal enum ProtoTokenKind
{
    /// <summary>A name or keyword, e.g. <c>message</c>, <c>int32</c>, <c>LineItem</c>.</summary>
    Identifier,

    /// <summary>A number literal (integer or float, as written).</summary>
    Number,

    /// <summary>A string literal; <see cref="ProtoToken.Text"/> holds the decoded value.</summary>
    String,

    /// <summary>A single punctuation character, e.g. <c>{</c>, <c>=</c>, <c>;</c>.</summary>
    Symbol,

    /// <summary>The end of the text.</summary>
    End,
}

/// <summary>A token of a <c>.proto</c> file with its position (1-based line and column; offsets into the text).</summary>
internal readonly record struct ProtoToken(ProtoTokenKind Kind, string Text, int Line, int Column, int Start, int End)
{
    /// <summary>The token as an error message quotes it.</summary>
    public override string ToString() => Kind switch
    {
        ProtoTokenKind.End => "the end of the schema",
        ProtoTokenKind.String => $"the string \"{Text}\"",
        _ => $"'{Text}'",
    };
}

/// <summary>A comment of a <c>.proto</c> file.</summary>
/// <param name="Text">The comment text without its markers, lines joined by a space.</param>
/// <param name="StartLine">1-based line the comment starts on.</param>
/// <param name="EndLine">1-based line the comment ends on.</param>
/// <param name="Start">Offset of the comment in the text.</param>
/// <param name="End">Offset just after the comment.</param>
/// <param name="OwnLine">Whether no token precedes the comment on its first line (a comment after code is a trailing comment).</param>
internal sealed record ProtoComment(string Text, int StartLine, int EndLine, int Start, int End, bool OwnLine);

/// <summary>Splits a <c>.proto</c> file into tokens and comments (comments are kept for field descriptions).</summary>
internal sealed class ProtoTokenizer
{
    private readonly string _text;
    private readonly Func<int, int, string, SchemaParseException> _error;
    private readonly List<ProtoToken> _tokens = [];
    private readonly List<ProtoComment> _comments = [];
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private int _lastTokenLine;

    private ProtoTokenizer(string text, Func<int, int, string, SchemaParseException> error)
    {
        _text = text;
        _error = error;
    }

    /// <summary>Tokenizes a file; the token list always ends with an <see cref="ProtoTokenKind.End"/> token.</summary>
    /// <param name="text">The <c>.proto</c> text.</param>
    /// <param name="error">Creates the exception for a problem at a line and column.</param>
    public static (List<ProtoToken> Tokens, List<ProtoComment> Comments) Tokenize(string text, Func<int, int, string, SchemaParseException> error)
    {
        var tokenizer = new ProtoTokenizer(text, error);
        tokenizer.Run();
        return (tokenizer._tokens, tokenizer._comments);
    }

    private int Column => _position - _lineStart + 1;

    private void Run()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '\n')
            {
                NewLine();
            }
            else if (char.IsWhiteSpace(c))
            {
                _position++;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                LineComment();
            }
            else if (c == '/' && Peek(1) == '*')
            {
                BlockComment();
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                Add(ProtoTokenKind.Identifier, _position, TakeWhile(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_'));
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
            {
                Number();
            }
            else if (c is '"' or '\'')
            {
                String(c);
            }
            else if ("{}[]()<>=;,:.+-/".Contains(c, StringComparison.Ordinal))
            {
                Add(ProtoTokenKind.Symbol, _position, c.ToString());
                _position++;
            }
            else
            {
                throw _error(_line, Column, $"unexpected character '{c}'");
            }
        }

        _tokens.Add(new ProtoToken(ProtoTokenKind.End, "", _line, Column, _position, _position));
    }

    private char Peek(int offset) => _position + offset < _text.Length ? _text[_position + offset] : '\0';

    private void NewLine()
    {
        _position++;
        _line++;
        _lineStart = _position;
    }

    private string TakeWhile(Func<char, bool> predicate)
    {
        var start = _position;
        while (_position < _text.Length && predicate(_text[_position]))
        {
            _position++;
        }

        return _text[start.._position];
    }

    private void Add(ProtoTokenKind kind, int start, string text)
    {
        var column = start - _lineStart + 1;
        _tokens.Add(new ProtoToken(kind, text, _line, column, start, Math.Max(_position, start + 1)));
        _lastTokenLine = _line;
    }

    private void Number()
    {
        var start = _position;

        // Digits, hex digits, a decimal point and exponents with their sign; the parser only needs the text.
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (char.IsAsciiLetterOrDigit(c) || c == '.' || c == '_')
            {
                _position++;
            }
            else if ((c is '+' or '-') && _text[_position - 1] is 'e' or 'E' && !_text[start.._position].StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                _position++;
            }
            else
            {
                break;
            }
        }

        Add(ProtoTokenKind.Number, start, _text[start.._position]);
    }

    private void String(char quote)
    {
        var start = _position;
        var line = _line;
        var column = Column;
        _position++;
        var value = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length || _text[_position] == '\n')
            {
                throw _error(line, column, "string literal is not closed on its line");
            }

            var c = _text[_position++];
            if (c == quote)
            {
                break;
            }

            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            Escape(value, line, column);
        }

        _tokens.Add(new ProtoToken(ProtoTokenKind.String, value.ToString(), line, column, start, _position));
        _lastTokenLine = line;
    }

    private void Escape(StringBuilder value, int line, int column)
    {
        if (_position >= _text.Length)
        {
            throw _error(line, column, "string literal ends with a lone backslash");
        }

        var c = _text[_position++];
        switch (c)
        {
            case 'a': value.Append('\a'); break;
            case 'b': value.Append('\b'); break;
            case 'f': value.Append('\f'); break;
            case 'n': value.Append('\n'); break;
            case 'r': value.Append('\r'); break;
            case 't': value.Append('\t'); break;
            case 'v': value.Append('\v'); break;
            case 'x' or 'X': value.Append((char)ParseDigits(16, 2, line, column)); break;
            case 'u': value.Append(char.ConvertFromUtf32(ParseDigits(16, 4, line, column))); break;
            case 'U': value.Append(char.ConvertFromUtf32(ParseDigits(16, 8, line, column))); break;
            case >= '0' and <= '7':
                _position--;
                value.Append((char)ParseDigits(8, 3, line, column));
                break;
            default: value.Append(c); break; // \\ \' \" \? and anything protoc would reject
        }
    }

    private int ParseDigits(int radix, int maxDigits, int line, int column)
    {
        var start = _position;
        while (_position < _text.Length && _position - start < maxDigits && Uri.IsHexDigit(_text[_position]) && (radix == 16 || _text[_position] < '8'))
        {
            _position++;
        }

        if (_position == start)
        {
            throw _error(line, column, "invalid escape sequence in string literal");
        }

        try
        {
            return Convert.ToInt32(_text[start.._position], radix);
        }
        catch (ArgumentException ex)
        {
            throw _error(line, column, $"invalid escape sequence in string literal: {ex.Message}");
        }
    }

    private void LineComment()
    {
        var start = _position;
        var ownLine = _lastTokenLine != _line;
        var text = TakeWhile(ch => ch != '\n');
        _comments.Add(new ProtoComment(text.TrimStart('/').Trim(), _line, _line, start, _position, ownLine));
    }

    private void BlockComment()
    {
        var start = _position;
        var startLine = _line;
        var ownLine = _lastTokenLine != _line;
        var end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
        if (end < 0)
        {
            throw _error(_line, Column, "comment is not closed (missing '*/')");
        }

        var body = _text[(_position + 2)..end];
        while (_position < end + 2)
        {
            if (_text[_position] == '\n')
            {
                NewLine();
            }
            else
            {
                _position++;
            }
        }

        // Javadoc-style blocks put a '*' at the start of each line.
        var lines = body.Split('\n')
            .Select(l => l.Trim().TrimStart('*').Trim())
            .Where(l => l.Length > 0);
        _comments.Add(new ProtoComment(string.Join(' ', lines), startLine, _line, start, _position, ownLine));
    }

    /// <summary>Parses an integer literal (decimal, hex or octal) as protoc does; <see langword="null"/> if it is not one.</summary>
    public static long? ParseInteger(string text)
    {
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return long.TryParse(text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) ? hex : null;
        }

        if (text.Length > 1 && text[0] == '0' && text.All(char.IsAsciiDigit))
        {
            try
            {
                return Convert.ToInt64(text, 8);
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
