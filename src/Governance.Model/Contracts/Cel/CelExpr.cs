using System.Collections.Immutable;

namespace Governance.Model.Contracts.Cel;

/// <summary>
/// A node of the immutable CEL syntax tree. Only the parser creates nodes, so the evaluator knows
/// every node type there is.
/// </summary>
public abstract class CelExpr
{
    private protected CelExpr(CelPosition position, int depth)
    {
        Position = position;
        Depth = depth;
    }

    /// <summary>Where the node is in the source; for operators and calls, the operator or function name.</summary>
    public CelPosition Position { get; }

    /// <summary>Height of the subtree rooted here (a leaf has depth 1); bounded by <see cref="CelLimits.MaxAstDepth"/>.</summary>
    public int Depth { get; }

    /// <summary>The expression fully parenthesised, e.g. <c>(a + (b * c))</c>, which makes precedence visible.</summary>
    public override string ToString() => CelAstPrinter.Print(this);

    private protected static int DepthOf(params ReadOnlySpan<CelExpr?> children)
    {
        var deepest = 0;
        foreach (var child in children)
        {
            deepest = Math.Max(deepest, child?.Depth ?? 0);
        }

        return deepest + 1;
    }

    private protected static int DepthOf(ImmutableArray<CelExpr> children, CelExpr? extra = null)
    {
        var deepest = extra?.Depth ?? 0;
        foreach (var child in children)
        {
            deepest = Math.Max(deepest, child.Depth);
        }

        return deepest + 1;
    }
}

/// <summary>A literal value: <c>1</c>, <c>2u</c>, <c>3.5</c>, <c>'text'</c>, <c>b'bytes'</c>, <c>true</c>, <c>null</c>.</summary>
public sealed class CelLiteralExpr : CelExpr
{
    internal CelLiteralExpr(CelValue value, CelPosition position) : base(position, 1) => Value = value;

    /// <summary>The literal's value.</summary>
    public CelValue Value { get; }
}

/// <summary>A variable reference such as <c>message</c>, or a type name such as <c>int</c>.</summary>
public sealed class CelIdentExpr : CelExpr
{
    internal CelIdentExpr(string name, CelPosition position) : base(position, 1) => Name = name;

    /// <summary>The identifier.</summary>
    public string Name { get; }
}

/// <summary>Field selection <c>operand.field</c>.</summary>
public sealed class CelSelectExpr : CelExpr
{
    internal CelSelectExpr(CelExpr operand, string field, CelPosition position)
        : base(position, DepthOf(operand))
    {
        Operand = operand;
        Field = field;
    }

    /// <summary>The value the field is selected from.</summary>
    public CelExpr Operand { get; }

    /// <summary>The field name.</summary>
    public string Field { get; }
}

/// <summary>The <c>has(operand.field)</c> macro: whether the field is present, without selecting it.</summary>
public sealed class CelHasExpr : CelExpr
{
    internal CelHasExpr(CelSelectExpr selection, CelPosition position)
        : base(position, DepthOf(selection))
    {
        Selection = selection;
    }

    /// <summary>The field selection being tested.</summary>
    public CelSelectExpr Selection { get; }
}

/// <summary>Indexing <c>operand[index]</c> into a list or a map.</summary>
public sealed class CelIndexExpr : CelExpr
{
    internal CelIndexExpr(CelExpr operand, CelExpr index, CelPosition position)
        : base(position, DepthOf(operand, index))
    {
        Operand = operand;
        Index = index;
    }

    /// <summary>The list or map.</summary>
    public CelExpr Operand { get; }

    /// <summary>The index or key.</summary>
    public CelExpr Index { get; }
}

/// <summary>A function call, either global (<c>size(x)</c>) or with a receiver (<c>x.startsWith('a')</c>).</summary>
public sealed class CelCallExpr : CelExpr
{
    internal CelCallExpr(CelExpr? target, string function, ImmutableArray<CelExpr> arguments, CelPosition position)
        : base(position, DepthOf(arguments, target))
    {
        Target = target;
        Function = function;
        Arguments = arguments;
    }

    /// <summary>The receiver of a member-style call, or <c>null</c> for a global call.</summary>
    public CelExpr? Target { get; }

    /// <summary>The function name.</summary>
    public string Function { get; }

    /// <summary>The arguments, in order.</summary>
    public ImmutableArray<CelExpr> Arguments { get; }
}

/// <summary>A unary operator application.</summary>
public sealed class CelUnaryExpr : CelExpr
{
    internal CelUnaryExpr(CelUnaryOperator op, CelExpr operand, CelPosition position)
        : base(position, DepthOf(operand))
    {
        Operator = op;
        Operand = operand;
    }

    /// <summary>The operator.</summary>
    public CelUnaryOperator Operator { get; }

    /// <summary>The operand.</summary>
    public CelExpr Operand { get; }
}

/// <summary>A binary operator application.</summary>
public sealed class CelBinaryExpr : CelExpr
{
    internal CelBinaryExpr(CelBinaryOperator op, CelExpr left, CelExpr right, CelPosition position)
        : base(position, DepthOf(left, right))
    {
        Operator = op;
        Left = left;
        Right = right;
    }

    /// <summary>The operator.</summary>
    public CelBinaryOperator Operator { get; }

    /// <summary>The left operand.</summary>
    public CelExpr Left { get; }

    /// <summary>The right operand.</summary>
    public CelExpr Right { get; }
}

/// <summary>The conditional <c>condition ? whenTrue : whenFalse</c>.</summary>
public sealed class CelConditionalExpr : CelExpr
{
    internal CelConditionalExpr(CelExpr condition, CelExpr whenTrue, CelExpr whenFalse, CelPosition position)
        : base(position, DepthOf(condition, whenTrue, whenFalse))
    {
        Condition = condition;
        WhenTrue = whenTrue;
        WhenFalse = whenFalse;
    }

    /// <summary>The condition; must evaluate to a bool.</summary>
    public CelExpr Condition { get; }

    /// <summary>Evaluated when the condition is true.</summary>
    public CelExpr WhenTrue { get; }

    /// <summary>Evaluated when the condition is false.</summary>
    public CelExpr WhenFalse { get; }
}

/// <summary>A list literal <c>[a, b, c]</c>.</summary>
public sealed class CelListExpr : CelExpr
{
    internal CelListExpr(ImmutableArray<CelExpr> elements, CelPosition position)
        : base(position, DepthOf(elements))
    {
        Elements = elements;
    }

    /// <summary>The element expressions.</summary>
    public ImmutableArray<CelExpr> Elements { get; }
}

/// <summary>A map literal <c>{key: value, ...}</c>.</summary>
public sealed class CelMapExpr : CelExpr
{
    internal CelMapExpr(ImmutableArray<CelExpr> keys, ImmutableArray<CelExpr> values, CelPosition position)
        : base(position, Math.Max(DepthOf(keys), DepthOf(values)))
    {
        Keys = keys;
        Values = values;
    }

    /// <summary>The key expressions; <c>Keys[i]</c> pairs with <c>Values[i]</c>.</summary>
    public ImmutableArray<CelExpr> Keys { get; }

    /// <summary>The value expressions.</summary>
    public ImmutableArray<CelExpr> Values { get; }
}

/// <summary>
/// A comprehension macro over a list (its elements) or a map (its keys): <c>all</c>, <c>exists</c>,
/// <c>exists_one</c>, <c>map</c> or <c>filter</c>.
/// </summary>
public sealed class CelComprehensionExpr : CelExpr
{
    internal CelComprehensionExpr(
        CelMacro macro, CelExpr range, string variable, CelExpr? predicate, CelExpr? transform, CelPosition position)
        : base(position, DepthOf(range, predicate, transform))
    {
        Macro = macro;
        Range = range;
        Variable = variable;
        Predicate = predicate;
        Transform = transform;
    }

    /// <summary>Which macro.</summary>
    public CelMacro Macro { get; }

    /// <summary>The list or map iterated over.</summary>
    public CelExpr Range { get; }

    /// <summary>The name each element is bound to while evaluating the predicate and transform.</summary>
    public string Variable { get; }

    /// <summary>The boolean predicate (absent only for the two-argument <c>map</c>).</summary>
    public CelExpr? Predicate { get; }

    /// <summary>The element transform of <c>map</c>; absent for the other macros.</summary>
    public CelExpr? Transform { get; }
}
