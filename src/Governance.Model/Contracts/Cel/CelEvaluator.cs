using System.Runtime.CompilerServices;

namespace Governance.Model.Contracts.Cel;

/// <summary>
/// Walks the syntax tree with a closed set of node and value types; there is no reflection, no
/// dynamic code and no way to reach host objects. Errors are values (<see cref="CelError"/>) so that
/// logical operators can absorb them; sandbox limits are exceptions so that nothing can absorb them.
/// </summary>
internal sealed partial class CelEvaluator(CelActivation activation, CelRuntime runtime)
{
    /// <summary>Comprehension variables, innermost first; they shadow the activation.</summary>
    private sealed record Scope(string Name, CelValue Value, Scope? Parent);

    private Scope? _scope;

    public CelValue Evaluate(CelExpr expression)
    {
        runtime.Budget.Step();
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new CelLimitExceededException(CelErrorKind.LimitExceeded, "evaluation nesting exhausted the stack");

        return expression switch
        {
            CelLiteralExpr literal => literal.Value,
            CelIdentExpr ident => Resolve(ident),
            CelSelectExpr select => Select(select),
            CelHasExpr has => Has(has),
            CelIndexExpr index => Index(index),
            CelUnaryExpr unary => Unary(unary),
            CelBinaryExpr binary => Binary(binary),
            CelConditionalExpr conditional => Conditional(conditional),
            CelListExpr list => BuildList(list),
            CelMapExpr map => BuildMap(map),
            CelCallExpr call => Call(call),
            CelComprehensionExpr comprehension => Comprehend(comprehension),
            _ => throw new InvalidOperationException($"unhandled syntax node at {expression.Position}"),
        };
    }

    private CelValue Resolve(CelIdentExpr ident)
    {
        for (var scope = _scope; scope is not null; scope = scope.Parent)
        {
            if (scope.Name == ident.Name)
                return scope.Value;
        }

        if (activation.TryGetValue(ident.Name, out var value))
            return value;
        if (CelTypeValue.TryGetBuiltin(ident.Name, out var type))
            return type;
        return new CelError(CelErrorKind.UndeclaredReference, $"undeclared reference to '{ident.Name}'", ident.Position);
    }

    private CelValue Select(CelSelectExpr select)
    {
        var operand = Evaluate(select.Operand);
        return operand switch
        {
            CelError => operand,
            CelMap map => map.TryGetValue(new CelString(select.Field), out var value) ? value : CelError.NoSuchKey(new CelString(select.Field), select.Position),
            _ => new CelError(CelErrorKind.NoSuchField, $"cannot select field '{select.Field}' from a value of type {operand.TypeName}", select.Position),
        };
    }

    /// <summary>
    /// <c>has(e.f)</c> evaluates <c>e</c> (an absent intermediate field is an error, as in the
    /// specification) and tests only the last field. JSON objects are maps, so a field that is present
    /// with the value <c>null</c> is present.
    /// </summary>
    private CelValue Has(CelHasExpr has)
    {
        var selection = has.Selection;
        var operand = Evaluate(selection.Operand);
        return operand switch
        {
            CelError => operand,
            CelMap map => CelBool.Of(map.TryGetValue(new CelString(selection.Field), out _)),
            _ => new CelError(CelErrorKind.NoSuchField, $"has() cannot test field '{selection.Field}' on a value of type {operand.TypeName}", has.Position),
        };
    }

    private CelValue Index(CelIndexExpr index)
    {
        var operand = Evaluate(index.Operand);
        if (operand is CelError)
            return operand;
        var key = Evaluate(index.Index);
        if (key is CelError)
            return key;

        return operand switch
        {
            CelList list => IndexList(list, key, index.Position),
            CelMap map => map.TryGetValue(key, out var value) ? value : CelError.NoSuchKey(key, index.Position),
            _ => CelError.NoOverload("_[_]", index.Position, operand, key),
        };
    }

    private static CelValue IndexList(CelList list, CelValue key, CelPosition position)
    {
        long? index = CelKeys.Normalize(key) switch
        {
            CelInt i => i.Value,
            CelUint u when u.Value <= long.MaxValue => (long)u.Value,
            _ => null,
        };
        if (index is not { } at)
            return CelError.NoOverload("_[_]", position, list, key);
        if (at < 0 || at >= list.Count)
            return new CelError(CelErrorKind.IndexOutOfRange, $"index {at} is out of range for a list of size {list.Count}", position);
        return list[(int)at];
    }

    private CelValue Unary(CelUnaryExpr unary)
    {
        var operand = Evaluate(unary.Operand);
        if (operand is CelError)
            return operand;
        if (unary.Operator == CelUnaryOperator.Not)
            return operand is CelBool b ? CelBool.Of(!b.Value) : CelError.NoOverload("!_", unary.Position, operand);
        return CelArithmetic.Negate(operand, unary.Position);
    }

    private CelValue Binary(CelBinaryExpr binary)
    {
        switch (binary.Operator)
        {
            case CelBinaryOperator.And:
                return And(binary);
            case CelBinaryOperator.Or:
                return Or(binary);
        }

        var left = Evaluate(binary.Left);
        if (left is CelError)
            return left;
        var right = Evaluate(binary.Right);
        if (right is CelError)
            return right;

        return binary.Operator switch
        {
            CelBinaryOperator.Equal => CelBool.Of(CelEquality.AreEqual(left, right, runtime.Budget)),
            CelBinaryOperator.NotEqual => CelBool.Of(!CelEquality.AreEqual(left, right, runtime.Budget)),
            CelBinaryOperator.Less or CelBinaryOperator.LessOrEqual or CelBinaryOperator.Greater or CelBinaryOperator.GreaterOrEqual =>
                Relate(binary, left, right),
            CelBinaryOperator.In => Contains(binary, left, right),
            _ => CelArithmetic.Apply(binary.Operator, left, right, binary.Position, runtime),
        };
    }

    private static CelValue Relate(CelBinaryExpr binary, CelValue left, CelValue right)
    {
        if (!CelEquality.TryCompare(left, right, out var order))
            return CelError.NoOverload(CelOperatorText.Symbol(binary.Operator), binary.Position, left, right);
        return CelBool.Of(binary.Operator switch
        {
            CelBinaryOperator.Less => order == CelOrder.Less,
            CelBinaryOperator.LessOrEqual => order is CelOrder.Less or CelOrder.Equal,
            CelBinaryOperator.Greater => order == CelOrder.Greater,
            _ => order is CelOrder.Greater or CelOrder.Equal,
        });
    }

    private CelValue Contains(CelBinaryExpr binary, CelValue element, CelValue container)
    {
        switch (container)
        {
            case CelList list:
                foreach (var item in list.Items)
                {
                    runtime.Budget.Step();
                    if (CelEquality.AreEqual(element, item, runtime.Budget))
                        return CelBool.True;
                }

                return CelBool.False;
            case CelMap map:
                return CelBool.Of(CelKeys.Normalize(element) is { } key && map.TryGetValue(key, out _));
            default:
                return CelError.NoOverload("in", binary.Position, element, container);
        }
    }

    private CelValue Conditional(CelConditionalExpr conditional)
    {
        var condition = Evaluate(conditional.Condition);
        return condition switch
        {
            CelError => condition,
            CelBool b => Evaluate(b.Value ? conditional.WhenTrue : conditional.WhenFalse),
            _ => CelError.NoOverload("_?_:_", conditional.Position, condition),
        };
    }

    private CelValue Call(CelCallExpr call)
    {
        CelValue? target = null;
        if (call.Target is not null)
        {
            target = Evaluate(call.Target);
            if (target is CelError)
                return target;
        }

        var arguments = new CelValue[call.Arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Evaluate(call.Arguments[i]);
            if (arguments[i] is CelError)
                return arguments[i];
        }

        return CelFunctions.Invoke(call, target, arguments, runtime);
    }
}
