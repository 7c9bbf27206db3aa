namespace Governance.Model.Contracts.Cel;

/// <summary>The binary operators of CEL, listed from lowest to highest precedence group.</summary>
public enum CelBinaryOperator
{
    /// <summary><c>||</c>, commutative logical or.</summary>
    Or,

    /// <summary><c>&amp;&amp;</c>, commutative logical and.</summary>
    And,

    /// <summary><c>==</c>.</summary>
    Equal,

    /// <summary><c>!=</c>.</summary>
    NotEqual,

    /// <summary><c>&lt;</c>.</summary>
    Less,

    /// <summary><c>&lt;=</c>.</summary>
    LessOrEqual,

    /// <summary><c>&gt;</c>.</summary>
    Greater,

    /// <summary><c>&gt;=</c>.</summary>
    GreaterOrEqual,

    /// <summary><c>in</c>, membership in a list or key presence in a map.</summary>
    In,

    /// <summary><c>+</c>.</summary>
    Add,

    /// <summary><c>-</c>.</summary>
    Subtract,

    /// <summary><c>*</c>.</summary>
    Multiply,

    /// <summary><c>/</c>.</summary>
    Divide,

    /// <summary><c>%</c>.</summary>
    Modulo,
}

/// <summary>The unary operators of CEL.</summary>
public enum CelUnaryOperator
{
    /// <summary><c>!</c>, logical not.</summary>
    Not,

    /// <summary><c>-</c>, arithmetic negation.</summary>
    Negate,
}

/// <summary>The comprehension macros of CEL (<c>has()</c> has its own node, <see cref="CelHasExpr"/>).</summary>
public enum CelMacro
{
    /// <summary><c>range.all(x, predicate)</c>.</summary>
    All,

    /// <summary><c>range.exists(x, predicate)</c>.</summary>
    Exists,

    /// <summary><c>range.exists_one(x, predicate)</c>.</summary>
    ExistsOne,

    /// <summary><c>range.map(x, transform)</c> or <c>range.map(x, predicate, transform)</c>.</summary>
    Map,

    /// <summary><c>range.filter(x, predicate)</c>.</summary>
    Filter,
}

internal static class CelOperatorText
{
    public static string Symbol(CelBinaryOperator op) => op switch
    {
        CelBinaryOperator.Or => "||",
        CelBinaryOperator.And => "&&",
        CelBinaryOperator.Equal => "==",
        CelBinaryOperator.NotEqual => "!=",
        CelBinaryOperator.Less => "<",
        CelBinaryOperator.LessOrEqual => "<=",
        CelBinaryOperator.Greater => ">",
        CelBinaryOperator.GreaterOrEqual => ">=",
        CelBinaryOperator.In => "in",
        CelBinaryOperator.Add => "+",
        CelBinaryOperator.Subtract => "-",
        CelBinaryOperator.Multiply => "*",
        CelBinaryOperator.Divide => "/",
        CelBinaryOperator.Modulo => "%",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    public static string Symbol(CelUnaryOperator op) => op == CelUnaryOperator.Not ? "!" : "-";

    public static string Name(CelMacro macro) => macro switch
    {
        CelMacro.All => "all",
        CelMacro.Exists => "exists",
        CelMacro.ExistsOne => "exists_one",
        CelMacro.Map => "map",
        CelMacro.Filter => "filter",
        _ => throw new ArgumentOutOfRangeException(nameof(macro), macro, null),
    };
}
