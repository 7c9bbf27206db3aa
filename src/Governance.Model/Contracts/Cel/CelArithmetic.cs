namespace Governance.Model.Contracts.Cel;

/// <summary>
/// Arithmetic. Operands must have the same numeric type (<c>1 + 1.0</c> has no overload, as the
/// specification says; convert explicitly with <c>double(1) + 1.0</c>). Integer overflow, including
/// <c>-(-9223372036854775808)</c>, is an error rather than a wrap-around.
/// </summary>
internal static class CelArithmetic
{
    public static CelValue Apply(CelBinaryOperator op, CelValue left, CelValue right, CelPosition position, CelRuntime runtime) => (left, right) switch
    {
        (CelInt a, CelInt b) => Int(op, a.Value, b.Value, position),
        (CelUint a, CelUint b) => Uint(op, a.Value, b.Value, position),
        (CelDouble a, CelDouble b) => Double(op, a.Value, b.Value, position, left, right),
        (CelString a, CelString b) when op == CelBinaryOperator.Add => Concat(a, b, runtime),
        (CelBytes a, CelBytes b) when op == CelBinaryOperator.Add => Concat(a, b, runtime),
        (CelList a, CelList b) when op == CelBinaryOperator.Add => Concat(a, b, runtime),
        (CelTimestamp or CelDuration, CelTimestamp or CelDuration) => CelTimeFunctions.Arithmetic(op, left, right, position),
        _ => CelError.NoOverload(CelOperatorText.Symbol(op), position, left, right),
    };

    public static CelValue Negate(CelValue operand, CelPosition position) => operand switch
    {
        CelInt { Value: long.MinValue } => Overflow("-", position),
        CelInt i => new CelInt(-i.Value),
        CelDouble d => new CelDouble(-d.Value),
        CelDuration d => CelDuration.TryFromTicks(-(Int128)d.Value.Ticks, out var negated) ? negated : Overflow("-", position),
        _ => CelError.NoOverload("-_", position, operand),
    };

    private static CelValue Int(CelBinaryOperator op, long a, long b, CelPosition position)
    {
        Int128 result;
        switch (op)
        {
            case CelBinaryOperator.Add:
                result = (Int128)a + b;
                break;
            case CelBinaryOperator.Subtract:
                result = (Int128)a - b;
                break;
            case CelBinaryOperator.Multiply:
                result = (Int128)a * b;
                break;
            case CelBinaryOperator.Divide:
                if (b == 0)
                    return new CelError(CelErrorKind.DivisionByZero, "division by zero", position);
                result = (Int128)a / b;
                break;
            case CelBinaryOperator.Modulo:
                if (b == 0)
                    return new CelError(CelErrorKind.DivisionByZero, "modulus by zero", position);
                result = (Int128)a % b;
                break;
            default:
                return CelError.NoOverload(CelOperatorText.Symbol(op), position, new CelInt(a), new CelInt(b));
        }

        return result >= long.MinValue && result <= long.MaxValue ? new CelInt((long)result) : Overflow(CelOperatorText.Symbol(op), position);
    }

    private static CelValue Uint(CelBinaryOperator op, ulong a, ulong b, CelPosition position)
    {
        Int128 result;
        switch (op)
        {
            case CelBinaryOperator.Add:
                result = (Int128)a + b;
                break;
            case CelBinaryOperator.Subtract:
                result = (Int128)a - b;
                break;
            case CelBinaryOperator.Multiply:
                var product = (UInt128)a * b;
                if (product > ulong.MaxValue)
                    return Overflow("*", position);
                return new CelUint((ulong)product);
            case CelBinaryOperator.Divide:
                if (b == 0)
                    return new CelError(CelErrorKind.DivisionByZero, "division by zero", position);
                return new CelUint(a / b);
            case CelBinaryOperator.Modulo:
                if (b == 0)
                    return new CelError(CelErrorKind.DivisionByZero, "modulus by zero", position);
                return new CelUint(a % b);
            default:
                return CelError.NoOverload(CelOperatorText.Symbol(op), position, new CelUint(a), new CelUint(b));
        }

        return result >= ulong.MinValue && result <= ulong.MaxValue ? new CelUint((ulong)result) : Overflow(CelOperatorText.Symbol(op), position);
    }

    /// <summary>IEEE 754 arithmetic: division by zero gives an infinity or NaN, not an error. There is no <c>%</c> on doubles.</summary>
    private static CelValue Double(CelBinaryOperator op, double a, double b, CelPosition position, CelValue left, CelValue right) => op switch
    {
        CelBinaryOperator.Add => new CelDouble(a + b),
        CelBinaryOperator.Subtract => new CelDouble(a - b),
        CelBinaryOperator.Multiply => new CelDouble(a * b),
        CelBinaryOperator.Divide => new CelDouble(a / b),
        _ => CelError.NoOverload(CelOperatorText.Symbol(op), position, left, right),
    };

    private static CelValue Concat(CelString a, CelString b, CelRuntime runtime)
    {
        runtime.EnsureStringLength((long)a.Value.Length + b.Value.Length);
        return new CelString(a.Value + b.Value);
    }

    private static CelValue Concat(CelBytes a, CelBytes b, CelRuntime runtime)
    {
        runtime.EnsureStringLength((long)a.Value.Length + b.Value.Length);
        return new CelBytes(a.Value.AddRange(b.Value));
    }

    private static CelValue Concat(CelList a, CelList b, CelRuntime runtime)
    {
        runtime.CheckCollectionSize(a.Weight + b.Weight);
        runtime.EnsureCollectionSize((long)a.Count + b.Count);
        return new CelArrayList([.. a.Items, .. b.Items]);
    }

    private static CelError Overflow(string operation, CelPosition position) =>
        new(CelErrorKind.Overflow, $"integer overflow in '{operation}'", position);
}
