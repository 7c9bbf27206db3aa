using System.Text;

namespace Governance.Model.Contracts.Cel;

/// <summary>Renders a syntax tree back to CEL, parenthesising every operator so that structure is explicit.</summary>
internal static class CelAstPrinter
{
    public static string Print(CelExpr expression)
    {
        var text = new StringBuilder();
        Write(text, expression);
        return text.ToString();
    }

    private static void Write(StringBuilder text, CelExpr expression)
    {
        switch (expression)
        {
            case CelLiteralExpr literal:
                text.Append(literal.Value);
                break;
            case CelIdentExpr ident:
                text.Append(ident.Name);
                break;
            case CelSelectExpr select:
                Write(text, select.Operand);
                text.Append('.').Append(FieldName(select.Field));
                break;
            case CelHasExpr has:
                text.Append("has(");
                Write(text, has.Selection);
                text.Append(')');
                break;
            case CelIndexExpr index:
                Write(text, index.Operand);
                text.Append('[');
                Write(text, index.Index);
                text.Append(']');
                break;
            case CelCallExpr call:
                if (call.Target is not null)
                {
                    Write(text, call.Target);
                    text.Append('.');
                }

                text.Append(call.Function);
                WriteList(text, '(', call.Arguments, ')');
                break;
            case CelUnaryExpr unary:
                text.Append(CelOperatorText.Symbol(unary.Operator));
                Write(text, unary.Operand);
                break;
            case CelBinaryExpr binary:
                text.Append('(');
                Write(text, binary.Left);
                text.Append(' ').Append(CelOperatorText.Symbol(binary.Operator)).Append(' ');
                Write(text, binary.Right);
                text.Append(')');
                break;
            case CelConditionalExpr conditional:
                text.Append('(');
                Write(text, conditional.Condition);
                text.Append(" ? ");
                Write(text, conditional.WhenTrue);
                text.Append(" : ");
                Write(text, conditional.WhenFalse);
                text.Append(')');
                break;
            case CelListExpr list:
                WriteList(text, '[', list.Elements, ']');
                break;
            case CelMapExpr map:
                WriteMap(text, map);
                break;
            case CelComprehensionExpr comprehension:
                WriteComprehension(text, comprehension);
                break;
        }
    }

    private static void WriteList(StringBuilder text, char open, IReadOnlyList<CelExpr> items, char close)
    {
        text.Append(open);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
                text.Append(", ");
            Write(text, items[i]);
        }

        text.Append(close);
    }

    private static void WriteMap(StringBuilder text, CelMapExpr map)
    {
        text.Append('{');
        for (var i = 0; i < map.Keys.Length; i++)
        {
            if (i > 0)
                text.Append(", ");
            Write(text, map.Keys[i]);
            text.Append(": ");
            Write(text, map.Values[i]);
        }

        text.Append('}');
    }

    private static void WriteComprehension(StringBuilder text, CelComprehensionExpr comprehension)
    {
        Write(text, comprehension.Range);
        text.Append('.').Append(CelOperatorText.Name(comprehension.Macro)).Append('(').Append(comprehension.Variable);
        foreach (var part in new[] { comprehension.Predicate, comprehension.Transform })
        {
            if (part is null)
                continue;
            text.Append(", ");
            Write(text, part);
        }

        text.Append(')');
    }

    private static string FieldName(string field) =>
        field.Length > 0 && CelLexer.IsIdentifierStart(field[0]) && field.All(CelLexer.IsIdentifierPart) ? field : $"`{field}`";
}
