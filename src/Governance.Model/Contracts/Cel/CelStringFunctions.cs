using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Governance.Model.Contracts.Cel;

/// <summary><c>contains</c>, <c>startsWith</c>, <c>endsWith</c> (receiver style) and <c>matches</c> (both styles).</summary>
internal static class CelStringFunctions
{
    public static CelValue Invoke(CelCallExpr call, CelValue? target, CelValue[] arguments, CelRuntime runtime)
    {
        (CelValue? Subject, CelValue? Argument) operands = (call.Function, target, arguments.Length) switch
        {
            ("matches", null, 2) => (arguments[0], arguments[1]),
            (_, not null, 1) => (target, arguments[0]),
            _ => (null, null),
        };
        if (operands.Subject is not CelString text || operands.Argument is not CelString operand)
            return CelFunctions.NoOverload(call, target, arguments);

        runtime.Budget.Step(text.Value.Length + operand.Value.Length);
        return call.Function switch
        {
            "contains" => CelBool.Of(text.Value.Contains(operand.Value, StringComparison.Ordinal)),
            "startsWith" => CelBool.Of(text.Value.StartsWith(operand.Value, StringComparison.Ordinal)),
            "endsWith" => CelBool.Of(text.Value.EndsWith(operand.Value, StringComparison.Ordinal)),
            _ => Matches(text.Value, operand.Value, call.Position, runtime),
        };
    }

    /// <summary>
    /// RE2 semantics approximated with .NET's non-backtracking engine, which cannot backtrack
    /// catastrophically: <c>^(a+)+$</c> is as cheap as <c>^a+$</c>. Its cost is still input length times
    /// automaton size, and counted repetitions (<c>(.*a){200}</c>) make the automaton large, so a match
    /// timeout bounds each match. The cost model follows the specification: proportional to the
    /// product of the sizes of text and pattern. Like RE2, the pattern matches anywhere unless anchored.
    /// </summary>
    private static CelValue Matches(string text, string pattern, CelPosition position, CelRuntime runtime)
    {
        var limits = runtime.Limits;
        if (pattern.Length > limits.MaxRegexLength)
            throw new CelLimitExceededException(CelErrorKind.LimitExceeded, $"a regular expression of {pattern.Length} characters exceeds the limit of {limits.MaxRegexLength}");
        runtime.Budget.Step((long)text.Length * pattern.Length / 16);
        runtime.Budget.CheckClock();

        Regex regex;
        try
        {
            regex = runtime.Regexes.Get(pattern, limits.RegexTimeout);
        }
        catch (RegexParseException e)
        {
            return new CelError(CelErrorKind.InvalidRegex, $"invalid regular expression {CelString.Quote(pattern)}: {e.Error} at offset {e.Offset}", position);
        }
        catch (NotSupportedException e)
        {
            return new CelError(CelErrorKind.InvalidRegex, $"regular expression {CelString.Quote(pattern)} is not supported (RE2 has no backreferences, lookaround or atomic groups, and large counted repetitions are refused): {e.Message}", position);
        }

        // Building the automaton of a large pattern takes a while too; it counts against the evaluation's time.
        runtime.Budget.CheckClock();
        var started = Stopwatch.GetTimestamp();
        bool matched;
        try
        {
            matched = regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            throw RegexTimeout(pattern, limits);
        }

        // The non-backtracking engine sometimes answers "no match" instead of throwing when its timeout
        // fires, so a negative answer that took the whole timeout cannot be trusted.
        if (!matched && Stopwatch.GetElapsedTime(started) >= limits.RegexTimeout)
            throw RegexTimeout(pattern, limits);
        return CelBool.Of(matched);
    }

    private static CelLimitExceededException RegexTimeout(string pattern, CelLimits limits) =>
        new(CelErrorKind.Timeout, $"matching {CelString.Quote(pattern.Length > 40 ? pattern[..40] + "…" : pattern)} exceeded the time limit of {limits.RegexTimeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms");
}
