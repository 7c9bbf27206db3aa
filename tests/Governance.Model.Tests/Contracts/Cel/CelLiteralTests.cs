using Governance.Model.Contracts.Cel;
using static Governance.Model.Tests.Contracts.Cel.CelTestSupport;

namespace Governance.Model.Tests.Contracts.Cel;

public class CelLiteralTests
{
    [Theory]
    [InlineData("42", 42L)]
    [InlineData("0x1F", 31L)]
    [InlineData("0XfF", 255L)]
    [InlineData("-17", -17L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void Int_literals(string source, long expected) =>
        Assert.Equal(expected, Assert.IsType<CelInt>(Value(source)).Value);

    [Theory]
    [InlineData("42u", 42UL)]
    [InlineData("0xFFU", 255UL)]
    [InlineData("18446744073709551615u", ulong.MaxValue)]
    public void Uint_literals(string source, ulong expected) =>
        Assert.Equal(expected, Assert.IsType<CelUint>(Value(source)).Value);

    [Theory]
    [InlineData("3.5", 3.5)]
    [InlineData(".5", 0.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData("2.5E-3", 0.0025)]
    [InlineData("-1.5", -1.5)]
    [InlineData("0.0", 0.0)]
    public void Double_literals(string source, double expected) =>
        Assert.Equal(expected, Assert.IsType<CelDouble>(Value(source)).Value);

    // The examples table of cel-spec doc/langdef.md ("String and Bytes Values"), plus each escape.
    [Theory]
    [InlineData("''", "")]
    [InlineData("'\"\"'", "\"\"")]
    [InlineData("'''x''x'''", "x''x")]
    [InlineData("\"\\\"\"", "\"")]
    [InlineData("\"\\\\\"", "\\")]
    [InlineData("r\"\\\\\"", "\\\\")]
    [InlineData("\"\\303\\277\"", "\u00C3\u00BF")]
    [InlineData("\"\\377\"", "\u00FF")]
    [InlineData("\"\\xFF\"", "\u00FF")]
    [InlineData("'\\u00e9\\U0001F600'", "é😀")]
    [InlineData("'\\a\\b\\f\\n\\r\\t\\v'", "\a\b\f\n\r\t\v")]
    [InlineData("'\\?\\'\\\"\\`'", "?'\"`")]
    [InlineData("r'\\d{3}-\\d{2}'", "\\d{3}-\\d{2}")]
    [InlineData("R\"\\n\"", "\\n")]
    [InlineData("'''line one\nline 'two'\n'''", "line one\nline 'two'\n")]
    [InlineData("\"\"\"a \"quoted\" word\"\"\"", "a \"quoted\" word")]
    [InlineData("'naïve ☃'", "naïve ☃")]
    public void String_literals_decode_escapes_raw_and_triple_quotes(string source, string expected) =>
        Assert.Equal(expected, Assert.IsType<CelString>(Value(source)).Value);

    [Theory]
    [InlineData("b\"abc\"", new byte[] { 97, 98, 99 })]
    [InlineData("b\"ÿ\"", new byte[] { 195, 191 })]
    [InlineData("b\"\\303\\277\"", new byte[] { 195, 191 })]
    [InlineData("b\"\\377\"", new byte[] { 255 })]
    [InlineData("B'\\xFF'", new byte[] { 255 })]
    [InlineData("rb'\\x00'", new byte[] { 92, 120, 48, 48 })]
    [InlineData("bR'''a\nb'''", new byte[] { 97, 10, 98 })]
    public void Bytes_literals_are_octets(string source, byte[] expected) =>
        Assert.Equal(expected, Assert.IsType<CelBytes>(Value(source)).Value.ToArray());

    [Theory]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("null", "null")]
    [InlineData("[]", "[]")]
    [InlineData("{}", "{}")]
    [InlineData("[1, 'two', 3.0, null]", "[1, \"two\", 3.0, null]")]
    [InlineData("{'a': 1, 2: 'b', true: [false]}", "{\"a\": 1, 2: \"b\", true: [false]}")]
    [InlineData("1 + // a comment\n 2", "3")]
    public void Other_literals_and_aggregates(string source, string expected) =>
        Assert.Equal(expected, Show(source));

    [Theory]
    [InlineData("{'a': 1, 'a': 2}", "duplicate map key \"a\" at 1:10")]
    [InlineData("{1: 'x', 1u: 'y'}", "duplicate map key 1u at 1:10")]
    [InlineData("{1.5: 'x'}", "map keys must be int, uint, bool or string, not double at 1:2")]
    public void Map_literal_keys_must_be_distinct_key_types(string source, string message) =>
        Assert.Equal(message, Error(source).ToString());
}
