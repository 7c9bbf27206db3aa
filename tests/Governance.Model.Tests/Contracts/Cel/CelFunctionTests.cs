using Governance.Model.Contracts.Cel;
using static Governance.Model.Tests.Contracts.Cel.CelTestSupport;

namespace Governance.Model.Tests.Contracts.Cel;

public class CelFunctionTests
{
    [Theory]
    [InlineData("size('héllo')", "5")]
    [InlineData("'héllo'.size()", "5")]
    [InlineData("size('😀')", "1")]
    [InlineData("size(b'ab')", "2")]
    [InlineData("size([1, 2, 3])", "3")]
    [InlineData("[1, 2, 3].size()", "3")]
    [InlineData("size({'a': 1})", "1")]
    [InlineData("size(message.items) + size(message)", "12")]
    public void Size_counts_code_points_bytes_elements_and_entries(string source, string expected) =>
        Assert.Equal(expected, Show(source, Order));

    [Theory]
    [InlineData("size(1)", "no matching overload for size(int) at 1:1")]
    [InlineData("size('a', 'b')", "no matching overload for size(string, string) at 1:1")]
    [InlineData("'abc'.contains(1)", "no matching overload for string.contains(int) at 1:7")]
    [InlineData("1.startsWith('a')", "no matching overload for int.startsWith(string) at 1:3")]
    [InlineData("contains('abc', 'b')", "no matching overload for contains(string, string) at 1:1")]
    [InlineData("int(1, 2)", "no matching overload for int(int, int) at 1:1")]
    public void Functions_check_their_argument_types(string source, string message) =>
        Assert.Equal(message, Error(source).ToString());

    [Theory]
    [InlineData("'hello'.startsWith('he')", true)]
    [InlineData("'hello'.startsWith('lo')", false)]
    [InlineData("'hello'.endsWith('lo')", true)]
    [InlineData("'hello'.contains('ell')", true)]
    [InlineData("'hello'.contains('')", true)]
    [InlineData("'Hello'.contains('hello')", false)]
    public void String_tests_are_ordinal(string source, bool expected) =>
        Assert.Equal(expected, Assert.IsType<CelBool>(Value(source)).Value);

    // langdef.md "Regular Expressions": RE2 syntax; a match anywhere in the string succeeds unless anchored.
    [Theory]
    [InlineData("'123-45-6789'.matches(r'^\\d{3}-\\d{2}-\\d{4}$')", true)]
    [InlineData("'12-345-6789'.matches(r'^\\d{3}-\\d{2}-\\d{4}$')", false)]
    [InlineData("matches('abc', 'b')", true)]
    [InlineData("'abc'.matches('^b')", false)]
    [InlineData("'٣٣٣'.matches(r'^\\d+$')", false)]
    [InlineData("'é'.matches(r'^\\w$')", false)]
    [InlineData("'abc\\n'.matches('abc$')", false)]
    [InlineData("'a\\nb'.matches('(?m)^b$')", true)]
    [InlineData("'ab'.matches('(?P<first>a)b')", true)]
    [InlineData("'Abc'.matches('^[[:alpha:]]+$')", true)]
    [InlineData("'Ab1'.matches('^[[:alpha:]]+$')", false)]
    [InlineData("'é'.matches(r'^\\pL$')", true)]
    [InlineData("'ABC'.matches('(?i)^abc$')", true)]
    [InlineData("']'.matches('[]a]')", true)]
    public void Matches_follows_re2_semantics(string source, bool expected) =>
        Assert.Equal(expected, Assert.IsType<CelBool>(Value(source)).Value);

    [Theory]
    [InlineData("'a'.matches('(')")]
    [InlineData("'aa'.matches(r'(a)\\1')")]
    [InlineData("'ab'.matches('a(?=b)')")]
    public void Invalid_or_non_re2_patterns_are_errors(string source) =>
        Assert.Equal(CelErrorKind.InvalidRegex, Error(source).Kind);

    [Theory]
    [InlineData("int('42')", "42")]
    [InlineData("int('-7')", "-7")]
    [InlineData("int(3.9)", "3")]
    [InlineData("int(-3.9)", "-3")]
    [InlineData("int(42u)", "42")]
    [InlineData("uint(42)", "42u")]
    [InlineData("uint('7')", "7u")]
    [InlineData("uint(2.5)", "2u")]
    [InlineData("double('2.5')", "2.5")]
    [InlineData("double(3)", "3.0")]
    [InlineData("double(3u)", "3.0")]
    [InlineData("string(42)", "\"42\"")]
    [InlineData("string(42u)", "\"42\"")]
    [InlineData("string(2.5)", "\"2.5\"")]
    [InlineData("string(true)", "\"true\"")]
    [InlineData("string(b'abc')", "\"abc\"")]
    [InlineData("string('same')", "\"same\"")]
    [InlineData("bytes('é')", "b\"\\xc3\\xa9\"")]
    [InlineData("bool('true') && !bool('False')", "true")]
    [InlineData("dyn(1) == 1", "true")]
    [InlineData("type(1)", "int")]
    [InlineData("type('a') == string && type(2u) == uint && type(1.0) == double", "true")]
    [InlineData("type(null) == null_type && type([]) == list && type({}) == map && type(b'') == bytes", "true")]
    [InlineData("type(type(1)) == type && type(true) == bool", "true")]
    public void Conversions(string source, string expected) => Assert.Equal(expected, Show(source));

    [Theory]
    [InlineData("int('x')", CelErrorKind.InvalidArgument)]
    [InlineData("int('1.5')", CelErrorKind.InvalidArgument)]
    [InlineData("int(1e20)", CelErrorKind.Overflow)]
    [InlineData("int(double('NaN'))", CelErrorKind.Overflow)]
    [InlineData("int(18446744073709551615u)", CelErrorKind.Overflow)]
    [InlineData("uint(-1)", CelErrorKind.Overflow)]
    [InlineData("uint(-1.5)", CelErrorKind.Overflow)]
    [InlineData("double('abc')", CelErrorKind.InvalidArgument)]
    [InlineData("string(b'\\xff')", CelErrorKind.InvalidArgument)]
    [InlineData("bool('yes')", CelErrorKind.InvalidArgument)]
    [InlineData("string([1])", CelErrorKind.NoMatchingOverload)]
    [InlineData("int(true)", CelErrorKind.NoMatchingOverload)]
    public void Conversions_that_lose_range_or_cannot_parse_fail(string source, CelErrorKind kind) =>
        Assert.Equal(kind, Error(source).Kind);

    [Theory]
    [InlineData("timestamp('2024-05-01T10:00:00Z') < timestamp('2024-05-01T10:00:01Z')", "true")]
    [InlineData("timestamp('2024-05-01T12:00:00+02:00') == timestamp('2024-05-01T10:00:00Z')", "true")]
    [InlineData("timestamp('2024-05-01T10:00:00Z') + duration('1h30m')", "timestamp(\"2024-05-01T11:30:00Z\")")]
    [InlineData("timestamp('2024-05-01T10:01:30.25Z') - timestamp('2024-05-01T10:00:00Z')", "duration(\"90.25s\")")]
    [InlineData("string(timestamp('2024-05-01T10:00:00.123456789Z'))", "\"2024-05-01T10:00:00.1234567Z\"")]
    [InlineData("timestamp('2024-05-01T10:00:00Z').getFullYear()", "2024")]
    [InlineData("timestamp('2024-05-01T10:00:00Z').getMonth()", "4")]
    [InlineData("timestamp('2024-05-01T10:00:00Z').getDayOfWeek()", "3")]
    [InlineData("timestamp('2024-05-01T10:00:00Z').getDayOfYear()", "121")]
    [InlineData("timestamp('2024-05-01T23:30:00Z').getHours('+02:00')", "1")]
    [InlineData("timestamp('2024-05-01T23:30:00Z').getDate('-05:00')", "1")]
    [InlineData("duration('1.5s') == duration('1500ms')", "true")]
    [InlineData("duration('2h').getMinutes()", "120")]
    [InlineData("string(duration('1m'))", "\"60s\"")]
    [InlineData("-duration('90s') < duration('0')", "true")]
    [InlineData("int(timestamp('1970-01-01T00:01:00Z'))", "60")]
    [InlineData("timestamp(60) == timestamp('1970-01-01T00:01:00Z')", "true")]
    public void Timestamps_and_durations(string source, string expected) => Assert.Equal(expected, Show(source));

    [Theory]
    [InlineData("timestamp('2024-02-30T00:00:00Z')", CelErrorKind.InvalidArgument)]
    [InlineData("timestamp('yesterday')", CelErrorKind.InvalidArgument)]
    [InlineData("duration('1 day')", CelErrorKind.InvalidArgument)]
    [InlineData("timestamp('9999-12-31T23:59:59Z') + duration('1s')", CelErrorKind.Overflow)]
    [InlineData("timestamp('2024-05-01T10:00:00Z').getHours('Nowhere/Atlantis')", CelErrorKind.InvalidArgument)]
    [InlineData("timestamp('2024-05-01T10:00:00Z').getHours('../../etc/passwd')", CelErrorKind.InvalidArgument)]
    [InlineData("timestamp('2024-05-01T10:00:00Z') + 1", CelErrorKind.NoMatchingOverload)]
    public void Bad_times_are_errors(string source, CelErrorKind kind) => Assert.Equal(kind, Error(source).Kind);

    // Confluent's rule executors add these string validators to the standard library.
    [Theory]
    [InlineData("'ada@example.com'.isEmail()", true)]
    [InlineData("'ada@'.isEmail()", false)]
    [InlineData("'a b@example.com'.isEmail()", false)]
    [InlineData("'kafka-1.example.com'.isHostname()", true)]
    [InlineData("'-bad-.example.com'.isHostname()", false)]
    [InlineData("'192.168.0.1'.isIpv4()", true)]
    [InlineData("'256.1.1.1'.isIpv4()", false)]
    [InlineData("'::1'.isIpv6()", true)]
    [InlineData("'192.168.0.1'.isIpv6()", false)]
    [InlineData("'https://kafka.example.com/topics'.isUri()", true)]
    [InlineData("'/relative/path'.isUri()", false)]
    [InlineData("'/relative/path'.isUriRef()", true)]
    [InlineData("'123e4567-e89b-12d3-a456-426614174000'.isUuid()", true)]
    [InlineData("'123e4567'.isUuid()", false)]
    public void Confluent_string_validators(string source, bool expected) =>
        Assert.Equal(expected, Assert.IsType<CelBool>(Value(source)).Value);

    [Theory]
    [InlineData("message.GetType()", "unknown function 'GetType' at 1:9")]
    [InlineData("message.ToString()", "unknown function 'ToString' at 1:9")]
    [InlineData("GetType(message)", "unknown function 'GetType' at 1:1")]
    [InlineData("message.GetType().Assembly", "unknown function 'GetType' at 1:9")]
    [InlineData("System.Environment.Exit(1)", "undeclared reference to 'System' at 1:1")]
    [InlineData("type(message).Name", "cannot select field 'Name' from a value of type type at 1:15")]
    public void Host_members_are_unreachable(string source, string message) =>
        Assert.Equal(message, Error(source, Order).ToString());
}
