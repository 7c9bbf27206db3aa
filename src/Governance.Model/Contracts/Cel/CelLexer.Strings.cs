using System.Globalization;
using System.Text;

namespace Governance.Model.Contracts.Cel;

/// <summary>String and bytes literals (quoted, triple-quoted, raw) and back-quoted field names.</summary>
internal sealed partial class CelLexer
{
    /// <summary>Collects decoded literal content; bytes literals keep octets, strings keep code points.</summary>
    private sealed class LiteralBuffer(bool bytes)
    {
        private readonly StringBuilder _text = new();
        private readonly List<byte> _octets = [];

        public void AppendCodePoint(int codePoint)
        {
            if (bytes)
                AppendUtf8(codePoint);
            else
                _text.Append(char.ConvertFromUtf32(codePoint));
        }

        /// <summary><c>\x</c> and octal escapes: an octet in bytes literals, a code point (≤ 255) in strings.</summary>
        public void AppendOctet(int value)
        {
            if (bytes)
                _octets.Add((byte)value);
            else
                _text.Append((char)value);
        }

        private void AppendUtf8(int codePoint)
        {
            Span<byte> buffer = stackalloc byte[4];
            var length = new Rune(codePoint).EncodeToUtf8(buffer);
            foreach (var octet in buffer[..length])
            {
                _octets.Add(octet);
            }
        }

        public CelValue ToValue() => bytes ? new CelBytes([.. _octets]) : new CelString(_text.ToString());
    }

    private void ReadString(CelPosition start, bool raw, bool bytes)
    {
        var quote = _source[_pos];
        var triple = Peek(1) == quote && Peek(2) == quote;
        Advance(triple ? 3 : 1);
        var buffer = new LiteralBuffer(bytes);
        while (true)
        {
            if (_pos >= _end)
                throw new CelParseException("unterminated string literal", start);

            var c = _source[_pos];
            if (c == quote && (!triple || (Peek(1) == quote && Peek(2) == quote)))
            {
                Advance(triple ? 3 : 1);
                break;
            }

            if (!triple && c is '\n' or '\r')
                throw new CelParseException("unterminated string literal (only triple-quoted strings may span lines)", start);

            if (c == '\\' && !raw)
                ReadEscape(buffer, bytes);
            else
                ReadSourceCharacter(buffer);
        }

        Add(bytes ? CelTokenKind.Bytes : CelTokenKind.String, start, buffer.ToValue());
    }

    private void ReadSourceCharacter(LiteralBuffer buffer)
    {
        var at = Here;
        if (Rune.DecodeFromUtf16(_source.AsSpan(_pos, _end - _pos), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            throw new CelParseException("string literal contains an unpaired UTF-16 surrogate", at);
        buffer.AppendCodePoint(rune.Value);
        Advance(consumed);
    }

    private void ReadEscape(LiteralBuffer buffer, bool bytes)
    {
        var at = Here;
        Advance();
        if (_pos >= _end)
            throw new CelParseException("unterminated string literal", at);

        var e = _source[_pos];
        Advance();
        switch (e)
        {
            case '\\' or '?' or '"' or '\'' or '`':
                buffer.AppendCodePoint(e);
                break;
            case 'a': buffer.AppendCodePoint(0x07); break;
            case 'b': buffer.AppendCodePoint(0x08); break;
            case 'f': buffer.AppendCodePoint(0x0C); break;
            case 'n': buffer.AppendCodePoint(0x0A); break;
            case 'r': buffer.AppendCodePoint(0x0D); break;
            case 't': buffer.AppendCodePoint(0x09); break;
            case 'v': buffer.AppendCodePoint(0x0B); break;
            case 'x' or 'X':
                buffer.AppendOctet(ReadHexDigits(2, at));
                break;
            case 'u' or 'U':
                if (bytes)
                    throw new CelParseException($"invalid escape sequence '\\{e}' in a bytes literal", at);
                buffer.AppendCodePoint(ReadCodePoint(e == 'u' ? 4 : 8, at));
                break;
            case >= '0' and <= '3':
                buffer.AppendOctet(ReadOctal(e, at));
                break;
            default:
                throw new CelParseException("invalid escape sequence", at, $"'\\{e}'");
        }
    }

    private int ReadCodePoint(int digits, CelPosition at)
    {
        var value = ReadHexDigits(digits, at);
        if (value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
            throw new CelParseException($"escape sequence does not name a Unicode code point (U+{value:X})", at);
        return value;
    }

    private int ReadHexDigits(int count, CelPosition at)
    {
        if (_end - _pos < count || !_source.AsSpan(_pos, count).ContainsOnlyHexDigits())
            throw new CelParseException($"invalid escape sequence: expected {count} hexadecimal digits", at);
        var value = int.Parse(_source.AsSpan(_pos, count), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        Advance(count);
        return value;
    }

    private int ReadOctal(char first, CelPosition at)
    {
        if (Peek(0) is not (>= '0' and <= '7') || Peek(1) is not (>= '0' and <= '7'))
            throw new CelParseException("invalid escape sequence: expected three octal digits (000 to 377)", at);
        var value = ((first - '0') * 64) + ((_source[_pos] - '0') * 8) + (_source[_pos + 1] - '0');
        Advance(2);
        return value;
    }

    /// <summary>
    /// A back-quoted field name (<c>message.`order-id`</c>), for JSON keys that are not identifiers.
    /// The characters allowed follow the CEL specification: letters, digits, <c>_ . - /</c> and space.
    /// </summary>
    private void ReadQuotedIdentifier(CelPosition start)
    {
        Advance();
        var nameStart = _pos;
        while (_pos < _end && _source[_pos] != '`')
        {
            var c = _source[_pos];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '/' or ' '))
                throw new CelParseException("invalid character in a back-quoted field name", Here, DescribeCharacter(c));
            Advance();
        }

        if (_pos >= _end)
            throw new CelParseException("unterminated back-quoted field name", start);
        if (_pos == nameStart)
            throw new CelParseException("empty back-quoted field name", start);

        var name = _source[nameStart.._pos];
        Advance();
        Add(CelTokenKind.QuotedIdentifier, start, new CelString(name));
    }
}

internal static class CelSpanExtensions
{
    public static bool ContainsOnlyHexDigits(this ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiHexDigit(c))
                return false;
        }

        return true;
    }
}
