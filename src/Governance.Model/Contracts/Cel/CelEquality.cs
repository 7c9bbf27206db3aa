using System.Runtime.CompilerServices;

namespace Governance.Model.Contracts.Cel;

internal enum CelOrder
{
    Less,
    Equal,
    Greater,

    /// <summary>A NaN is involved: every relation is false.</summary>
    Unordered,
}

/// <summary>
/// Equality and ordering as the current CEL specification defines them. Equality is heterogeneous:
/// values of different types are simply unequal (<c>'a' == 1</c> is false), and <c>int</c>, <c>uint</c>
/// and <c>double</c> compare as points on one number line (<c>1 == 1.0</c>, <c>2u &lt; 2.5</c>).
/// NaN equals nothing, itself included. Arithmetic does not mix numeric types; only comparison does.
/// </summary>
internal static class CelEquality
{
    public static bool AreEqual(CelValue left, CelValue right, CelBudget? budget = null)
    {
        switch (left, right)
        {
            case (CelInt or CelUint or CelDouble, CelInt or CelUint or CelDouble):
                return CompareNumbers(left, right) == CelOrder.Equal;
            case (CelString a, CelString b):
                return string.Equals(a.Value, b.Value, StringComparison.Ordinal);
            case (CelList a, CelList b):
                return ListsEqual(a, b, budget);
            case (CelMap a, CelMap b):
                return MapsEqual(a, b, budget);
            case (CelNull, CelNull):
                return true;
            case (CelBool or CelBytes or CelTypeValue or CelTimestamp or CelDuration, _):
                return left.Equals(right);
            default:
                return false;
        }
    }

    private static bool ListsEqual(CelList a, CelList b, CelBudget? budget)
    {
        if (a.Count != b.Count)
            return false;
        EnsureStack();
        for (var i = 0; i < a.Count; i++)
        {
            budget?.Step();
            if (!AreEqual(a[i], b[i], budget))
                return false;
        }

        return true;
    }

    private static bool MapsEqual(CelMap a, CelMap b, CelBudget? budget)
    {
        if (a.Count != b.Count)
            return false;
        EnsureStack();
        foreach (var key in a.Keys)
        {
            budget?.Step();
            if (!a.TryGetValue(key, out var mine) || !b.TryGetValue(key, out var theirs) || !AreEqual(mine, theirs, budget))
                return false;
        }

        return true;
    }

    /// <summary>Host JSON can nest deeper than any syntax tree; comparing it must not overflow the stack.</summary>
    private static void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new CelLimitExceededException(CelErrorKind.LimitExceeded, "values are nested too deeply to compare");
    }

    /// <summary>Orders two values; false when the pair has no ordering (e.g. a list and an int).</summary>
    public static bool TryCompare(CelValue left, CelValue right, out CelOrder order)
    {
        CelOrder? found = (left, right) switch
        {
            (CelInt or CelUint or CelDouble, CelInt or CelUint or CelDouble) => CompareNumbers(left, right),
            (CelString a, CelString b) => Sign(CompareCodePoints(a.Value, b.Value)),
            (CelBytes a, CelBytes b) => Sign(a.Value.AsSpan().SequenceCompareTo(b.Value.AsSpan())),
            (CelBool a, CelBool b) => Sign(a.Value.CompareTo(b.Value)),
            (CelTimestamp a, CelTimestamp b) => Sign(a.Value.UtcTicks.CompareTo(b.Value.UtcTicks)),
            (CelDuration a, CelDuration b) => Sign(a.Value.Ticks.CompareTo(b.Value.Ticks)),
            _ => null,
        };
        order = found.GetValueOrDefault();
        return found.HasValue;
    }

    private static CelOrder Sign(int comparison) => comparison switch
    {
        < 0 => CelOrder.Less,
        0 => CelOrder.Equal,
        _ => CelOrder.Greater,
    };

    /// <summary>
    /// Exact comparison of int and uint; comparisons with a double follow cel-go: out-of-range doubles
    /// are beyond every integer, otherwise the integer is converted to double.
    /// </summary>
    private static CelOrder CompareNumbers(CelValue left, CelValue right) => (left, right) switch
    {
        (CelInt a, CelInt b) => Sign(a.Value.CompareTo(b.Value)),
        (CelUint a, CelUint b) => Sign(a.Value.CompareTo(b.Value)),
        (CelInt a, CelUint b) => a.Value < 0 ? CelOrder.Less : Sign(((ulong)a.Value).CompareTo(b.Value)),
        (CelUint a, CelInt b) => b.Value < 0 ? CelOrder.Greater : Sign(a.Value.CompareTo((ulong)b.Value)),
        _ => CompareDoubles(ToDouble(left), ToDouble(right)),
    };

    private static double ToDouble(CelValue number) => number switch
    {
        CelInt i => i.Value,
        CelUint u => u.Value,
        _ => ((CelDouble)number).Value,
    };

    private static CelOrder CompareDoubles(double a, double b) =>
        double.IsNaN(a) || double.IsNaN(b) ? CelOrder.Unordered : Sign(a.CompareTo(b));

    /// <summary>
    /// Strings order by Unicode code point. UTF-16 code-unit order differs for characters above U+FFFF
    /// (surrogates sort below U+E000..U+FFFF), hence the usual fix-up before comparing units.
    /// </summary>
    internal static int CompareCodePoints(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
                return FixUp(a[i]).CompareTo(FixUp(b[i]));
        }

        return a.Length.CompareTo(b.Length);

        static int FixUp(char c) => c >= 0xE000 ? c - 0x800 : char.IsSurrogate(c) ? c + 0x2000 : c;
    }
}
