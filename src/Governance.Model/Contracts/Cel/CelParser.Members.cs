using System.Collections.Immutable;

namespace Governance.Model.Contracts.Cel;

/// <summary>Member access, primaries, aggregate literals, calls and macro expansion.</summary>
internal sealed partial class CelParser
{
    /// <summary>Words the specification reserves for embedding CEL in host languages.</summary>
    private static readonly HashSet<string> ReservedWords = new(StringComparer.Ordinal)
    {
        "as", "break", "const", "continue", "else", "for", "function", "if", "import",
        "let", "loop", "package", "namespace", "return", "var", "void", "while",
    };

    private CelExpr ParseMember()
    {
        var expression = ParsePrimary();
        while (true)
        {
            switch (Current.Kind)
            {
                case CelTokenKind.Dot:
                    Take();
                    expression = ParseSelection(expression);
                    break;
                case CelTokenKind.LeftBracket:
                    var open = Take();
                    var index = ParseExpression();
                    Expect(CelTokenKind.RightBracket, "']'");
                    expression = Limit(new CelIndexExpr(expression, index, open.Position));
                    break;
                case CelTokenKind.LeftBrace:
                    throw Unexpected("message construction ('Type{field: value}') is not supported");
                default:
                    return expression;
            }
        }
    }

    private CelExpr ParseSelection(CelExpr operand)
    {
        var name = Current;
        switch (name.Kind)
        {
            case CelTokenKind.Identifier:
                Take();
                if (Current.Kind == CelTokenKind.LeftParen)
                    return MakeReceiverCall(operand, name, ParseArguments());
                return Limit(new CelSelectExpr(operand, name.Text, name.Position));
            case CelTokenKind.QuotedIdentifier:
                Take();
                return Limit(new CelSelectExpr(operand, ((CelString)name.Value!).Value, name.Position));
            case CelTokenKind.True or CelTokenKind.False or CelTokenKind.Null or CelTokenKind.In:
                // Keywords are still fine as JSON field names: message.null selects the key "null".
                Take();
                return Limit(new CelSelectExpr(operand, name.Text, name.Position));
            default:
                throw Unexpected("expected a field or function name after '.'");
        }
    }

    private CelExpr ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case CelTokenKind.Dot:
                // A leading dot resolves the name in the root scope; without packages that is the only scope.
                Take();
                if (Current.Kind != CelTokenKind.Identifier)
                    throw Unexpected("expected an identifier after a leading '.'");
                return ParseIdentifier(Take());
            case CelTokenKind.Identifier:
                return ParseIdentifier(Take());
            case CelTokenKind.LeftParen:
                Take();
                var inner = ParseExpression();
                Expect(CelTokenKind.RightParen, "')'");
                return inner;
            case CelTokenKind.LeftBracket:
                return ParseList();
            case CelTokenKind.LeftBrace:
                return ParseMap();
            case CelTokenKind.Int:
                Take();
                if (token.Magnitude > long.MaxValue)
                    throw new CelParseException("integer literal is out of range for int (add a 'u' suffix for uint)", token.Position, token.Describe());
                return new CelLiteralExpr(new CelInt((long)token.Magnitude), token.Position);
            case CelTokenKind.Uint or CelTokenKind.Double or CelTokenKind.String or CelTokenKind.Bytes:
                Take();
                return new CelLiteralExpr(token.Value!, token.Position);
            case CelTokenKind.True or CelTokenKind.False:
                Take();
                return new CelLiteralExpr(CelBool.Of(token.Kind == CelTokenKind.True), token.Position);
            case CelTokenKind.Null:
                Take();
                return new CelLiteralExpr(CelNull.Instance, token.Position);
            default:
                throw Unexpected("expected an expression");
        }
    }

    private CelExpr ParseIdentifier(CelToken name)
    {
        if (ReservedWords.Contains(name.Text))
            throw new CelParseException("reserved word cannot be used as an identifier", name.Position, name.Describe());
        if (Current.Kind == CelTokenKind.LeftParen)
            return MakeGlobalCall(name, ParseArguments());
        return new CelIdentExpr(name.Text, name.Position);
    }

    private ImmutableArray<CelExpr> ParseArguments()
    {
        Expect(CelTokenKind.LeftParen, "'('");
        var arguments = ImmutableArray.CreateBuilder<CelExpr>();
        if (Accept(CelTokenKind.RightParen))
            return arguments.ToImmutable();

        do
        {
            arguments.Add(ParseExpression());
        }
        while (Accept(CelTokenKind.Comma));

        Expect(CelTokenKind.RightParen, "',' or ')'");
        return arguments.ToImmutable();
    }

    private CelExpr ParseList()
    {
        var open = Take();
        var elements = ImmutableArray.CreateBuilder<CelExpr>();
        while (Current.Kind != CelTokenKind.RightBracket)
        {
            elements.Add(ParseExpression());
            if (!Accept(CelTokenKind.Comma))
                break;
        }

        Expect(CelTokenKind.RightBracket, "',' or ']'");
        return Limit(new CelListExpr(elements.ToImmutable(), open.Position));
    }

    private CelExpr ParseMap()
    {
        var open = Take();
        var keys = ImmutableArray.CreateBuilder<CelExpr>();
        var values = ImmutableArray.CreateBuilder<CelExpr>();
        while (Current.Kind != CelTokenKind.RightBrace)
        {
            keys.Add(ParseExpression());
            Expect(CelTokenKind.Colon, "':'");
            values.Add(ParseExpression());
            if (!Accept(CelTokenKind.Comma))
                break;
        }

        Expect(CelTokenKind.RightBrace, "',' or '}'");
        return Limit(new CelMapExpr(keys.ToImmutable(), values.ToImmutable(), open.Position));
    }

    private CelExpr MakeGlobalCall(CelToken name, ImmutableArray<CelExpr> arguments)
    {
        if (name.Text != "has")
            return Limit(new CelCallExpr(null, name.Text, arguments, name.Position));

        if (arguments.Length != 1)
            throw new CelParseException("has() expects exactly one argument, a field selection such as has(message.field)", name.Position);
        if (arguments[0] is not CelSelectExpr selection)
            throw new CelParseException("has() argument must be a field selection such as has(message.field)", arguments[0].Position);
        return Limit(new CelHasExpr(selection, name.Position));
    }

    private CelExpr MakeReceiverCall(CelExpr target, CelToken name, ImmutableArray<CelExpr> arguments)
    {
        CelMacro? macro = name.Text switch
        {
            "all" => CelMacro.All,
            "exists" => CelMacro.Exists,
            "exists_one" => CelMacro.ExistsOne,
            "map" => CelMacro.Map,
            "filter" => CelMacro.Filter,
            _ => null,
        };
        if (macro is not { } kind)
            return Limit(new CelCallExpr(target, name.Text, arguments, name.Position));

        var expected = kind == CelMacro.Map ? "2 or 3 arguments (variable, [predicate,] transform)" : "2 arguments (variable, predicate)";
        if (arguments.Length != 2 && !(kind == CelMacro.Map && arguments.Length == 3))
            throw new CelParseException($"{name.Text}() expects {expected}", name.Position);
        if (arguments[0] is not CelIdentExpr variable)
            throw new CelParseException($"the first argument of {name.Text}() must be a variable name", arguments[0].Position);

        CelExpr? predicate = arguments[1];
        CelExpr? transform = null;
        if (kind == CelMacro.Map)
        {
            predicate = arguments.Length == 3 ? arguments[1] : null;
            transform = arguments[^1];
        }

        return Limit(new CelComprehensionExpr(kind, target, variable.Name, predicate, transform, name.Position));
    }
}
