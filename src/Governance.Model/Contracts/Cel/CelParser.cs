using System.Runtime.CompilerServices;

namespace Governance.Model.Contracts.Cel;

/// <summary>
/// Recursive-descent parser for the CEL grammar of the language definition:
/// <code>
/// Expr           = ConditionalOr ["?" ConditionalOr ":" Expr] ;
/// ConditionalOr  = [ConditionalOr "||"] ConditionalAnd ;
/// ConditionalAnd = [ConditionalAnd "&amp;&amp;"] Relation ;
/// Relation       = [Relation Relop] Addition ;          Relop = &lt; &lt;= &gt;= &gt; == != in
/// Addition       = [Addition ("+" | "-")] Multiplication ;
/// Multiplication = [Multiplication ("*" | "/" | "%")] Unary ;
/// Unary          = Member | "!" {"!"} Member | "-" {"-"} Member ;
/// Member         = Primary | Member "." IDENT ["(" [ExprList] ")"] | Member "[" Expr "]" ;
/// Primary        = ["."] IDENT ["(" [ExprList] ")"] | "(" Expr ")" | "[" [ExprList] "]" | "{" [MapInits] "}" | LITERAL ;
/// </code>
/// Left-associative levels are parsed iteratively; every node's depth is checked against
/// <see cref="CelLimits.MaxAstDepth"/>, and nesting is checked before recursing so that hostile input
/// cannot exhaust the stack.
/// </summary>
internal sealed partial class CelParser
{
    private readonly List<CelToken> _tokens;
    private readonly CelLimits _limits;
    private int _index;
    private int _nesting;

    private CelParser(List<CelToken> tokens, CelLimits limits)
    {
        _tokens = tokens;
        _limits = limits;
    }

    public static CelExpr Parse(string source, int start, int end, CelLimits limits)
    {
        var parser = new CelParser(CelLexer.Tokenize(source, start, end), limits);
        var expression = parser.ParseExpression();
        if (parser.Current.Kind == CelTokenKind.Semicolon)
            throw parser.Unexpected("expected end of input (the 'guard ; expression' form is only valid in a rule, see CelRuleExpression)");
        if (parser.Current.Kind != CelTokenKind.EndOfInput)
            throw parser.Unexpected("expected an operator or end of input");
        return expression;
    }

    private CelToken Current => _tokens[_index];

    private CelToken PeekToken(int ahead) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private CelToken Take()
    {
        var token = _tokens[_index];
        if (_index < _tokens.Count - 1)
        {
            _index++;
        }

        return token;
    }

    private bool Accept(CelTokenKind kind)
    {
        if (Current.Kind != kind)
            return false;
        Take();
        return true;
    }

    private CelToken Expect(CelTokenKind kind, string description) =>
        Current.Kind == kind ? Take() : throw Unexpected($"expected {description}");

    private CelParseException Unexpected(string reason) => new(reason, Current.Position, Current.Describe());

    private T Limit<T>(T node)
        where T : CelExpr =>
        node.Depth <= _limits.MaxAstDepth ? node : throw TooDeep(node.Position);

    private CelParseException TooDeep(CelPosition position) =>
        new($"expression nesting exceeds the maximum depth of {_limits.MaxAstDepth}", position);

    private CelExpr ParseExpression()
    {
        if (++_nesting > _limits.MaxAstDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw TooDeep(Current.Position);

        var result = ParseOr();
        if (Current.Kind == CelTokenKind.Question)
        {
            var question = Take();
            var whenTrue = ParseOr();
            Expect(CelTokenKind.Colon, "':'");
            var whenFalse = ParseExpression();
            result = Limit(new CelConditionalExpr(result, whenTrue, whenFalse, question.Position));
        }

        _nesting--;
        return result;
    }

    private CelExpr ParseOr() => ParseChain(ParseAnd, static kind => kind == CelTokenKind.OrOr ? CelBinaryOperator.Or : null);

    private CelExpr ParseAnd() => ParseChain(ParseRelation, static kind => kind == CelTokenKind.AndAnd ? CelBinaryOperator.And : null);

    private CelExpr ParseRelation() => ParseChain(ParseAddition, static kind => kind switch
    {
        CelTokenKind.Less => CelBinaryOperator.Less,
        CelTokenKind.LessEqual => CelBinaryOperator.LessOrEqual,
        CelTokenKind.Greater => CelBinaryOperator.Greater,
        CelTokenKind.GreaterEqual => CelBinaryOperator.GreaterOrEqual,
        CelTokenKind.EqualEqual => CelBinaryOperator.Equal,
        CelTokenKind.BangEqual => CelBinaryOperator.NotEqual,
        CelTokenKind.In => CelBinaryOperator.In,
        _ => null,
    });

    private CelExpr ParseAddition() => ParseChain(ParseMultiplication, static kind => kind switch
    {
        CelTokenKind.Plus => CelBinaryOperator.Add,
        CelTokenKind.Minus => CelBinaryOperator.Subtract,
        _ => null,
    });

    private CelExpr ParseMultiplication() => ParseChain(ParseUnary, static kind => kind switch
    {
        CelTokenKind.Star => CelBinaryOperator.Multiply,
        CelTokenKind.Slash => CelBinaryOperator.Divide,
        CelTokenKind.Percent => CelBinaryOperator.Modulo,
        _ => null,
    });

    private CelExpr ParseChain(Func<CelExpr> parseOperand, Func<CelTokenKind, CelBinaryOperator?> operatorFor)
    {
        var left = parseOperand();
        while (operatorFor(Current.Kind) is { } op)
        {
            var token = Take();
            var right = parseOperand();
            left = Limit(new CelBinaryExpr(op, left, right, token.Position));
        }

        return left;
    }

    /// <summary>
    /// <c>!</c> and <c>-</c> runs. A <c>-</c> directly before a number literal is folded into it, as
    /// cel-go does, which is what makes <c>-9223372036854775808</c> a valid int.
    /// </summary>
    private CelExpr ParseUnary()
    {
        if (Current.Kind is not (CelTokenKind.Bang or CelTokenKind.Minus))
            return ParseMember();

        var kind = Current.Kind;
        var operators = new List<CelPosition>();
        while (Current.Kind == kind)
        {
            operators.Add(Take().Position);
        }

        CelExpr operand;
        if (kind == CelTokenKind.Minus && IsFoldableNumber())
        {
            operand = NegativeLiteral(Take(), operators[^1]);
            operators.RemoveAt(operators.Count - 1);
        }
        else
        {
            operand = ParseMember();
        }

        var op = kind == CelTokenKind.Bang ? CelUnaryOperator.Not : CelUnaryOperator.Negate;
        for (var i = operators.Count - 1; i >= 0; i--)
        {
            operand = Limit(new CelUnaryExpr(op, operand, operators[i]));
        }

        return operand;
    }

    private bool IsFoldableNumber() =>
        Current.Kind is CelTokenKind.Int or CelTokenKind.Double
        && PeekToken(1).Kind is not (CelTokenKind.Dot or CelTokenKind.LeftBracket or CelTokenKind.LeftParen);

    private static CelLiteralExpr NegativeLiteral(CelToken number, CelPosition minus)
    {
        if (number.Kind == CelTokenKind.Double)
            return new CelLiteralExpr(new CelDouble(-((CelDouble)number.Value!).Value), minus);

        const ulong minMagnitude = 1UL << 63;
        if (number.Magnitude > minMagnitude)
            throw new CelParseException("integer literal is out of range for int", minus, number.Describe());
        var value = number.Magnitude == minMagnitude ? long.MinValue : -(long)number.Magnitude;
        return new CelLiteralExpr(new CelInt(value), minus);
    }
}
